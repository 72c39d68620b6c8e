import { NOTE_HEIGHT, NOTE_WIDTH, patch, type BoardContent, type BoardKind, type BoardPatch, type NextStep, type Note, type RelationStyle } from '../board/board.js';
import { ringAt, ringGeometry, type RingGeometry } from './rings.js';

/** The centre of a ring board that is not a ring: "wij" on the stakeholder map. */
export const STAKEHOLDER_HUB = 150;
export const MAX_RINGS = 4;
const MIN_STAKEHOLDER_RINGS = 2;

const ringCount = (content: BoardContent) => Object.keys(content.rings).length;

/**
 * The rings as they are drawn now: sized for the notes arranged in each. The
 * stakeholder map's rings circle "wij"; the other boards' first ring is a disc.
 */
export function geometryOf(content: BoardContent, kind: BoardKind): RingGeometry {
  const counts = Array.from({ length: ringCount(content) }, () => 0);
  for (const note of Object.values(content.notes)) {
    // Pinned notes count too: a ring is sized for everything in it.
    if (typeof note.ring === 'number' && note.ring < counts.length) counts[note.ring]! += 1;
  }
  return ringGeometry(counts, kind === 'stakeholders' ? STAKEHOLDER_HUB : 0);
}

/** A note let go at (x, y): it belongs to the ring its centre lands in, arranged there or pinned where it is. */
export function dropInRing(content: BoardContent, kind: BoardKind, id: string, x: number, y: number, pin: boolean): BoardPatch {
  const note = content.notes[id];
  if (!note) return patch();
  const ring = ringAt(geometryOf(content, kind), x + NOTE_WIDTH / 2, y + NOTE_HEIGHT / 2);
  return patch({ notes: [leaving(content, { ...note, x, y, ring, pinned: pin && ring !== null })] });
}

/** A next step is a note of the outer ring: one that leaves it is no longer the next step. */
function leaving(content: BoardContent, note: Note): Note {
  return note.nextStep && note.ring !== outerRing(content) ? { ...note, nextStep: null } : note;
}

const outerRing = (content: BoardContent) => ringCount(content) - 1;

/** Notes sent to a ring by keyboard (or back to the list with null), arranged there. */
export function setRing(content: BoardContent, ids: string[], ring: number | null): BoardPatch {
  if (ring !== null && ring >= ringCount(content)) return patch();
  return patch({ notes: ids.flatMap((id) => (content.notes[id] ? [leaving(content, { ...content.notes[id]!, ring, pinned: false })] : [])) });
}

/** One next step on a progressiecirkel, from its outer ring: marking one unmarks the one before. */
export function setNextStep(content: BoardContent, id: string, step: NextStep | null): BoardPatch {
  const note = content.notes[id];
  if (!note || (step && note.ring !== outerRing(content))) return patch();
  const others: Note[] = step ? Object.values(content.notes).filter((n) => n.id !== id && n.nextStep) : [];
  return patch({ notes: [{ ...note, nextStep: step }, ...others.map((n) => ({ ...n, nextStep: null }))] });
}

export function setInterests(content: BoardContent, id: string, interests: string): BoardPatch {
  const note = content.notes[id];
  return note ? patch({ notes: [{ ...note, interests }] }) : patch();
}

export function addRelation(content: BoardContent, id: string, from: string, to: string, style: RelationStyle): BoardPatch {
  if (content.relations[id] || from === to || !content.notes[from] || !content.notes[to]) return patch();
  // One line between two stakeholders, whichever way it was drawn: change its style instead.
  if (Object.values(content.relations).some((r) => (r.from === from && r.to === to) || (r.from === to && r.to === from))) return patch();
  return patch({ relations: [{ id, from, to, style }] });
}

export function setRelationStyle(content: BoardContent, id: string, style: RelationStyle): BoardPatch {
  const relation = content.relations[id];
  return relation ? patch({ relations: [{ ...relation, style }] }) : patch();
}

export function deleteRelation(content: BoardContent, id: string): BoardPatch {
  return content.relations[id] ? patch({}, { relations: [id] }) : patch();
}

/** Relations that end at any of these notes: they go when the notes go. */
export const relationsOf = (content: BoardContent, noteIds: readonly string[]): string[] =>
  Object.values(content.relations)
    .filter((r) => noteIds.includes(r.from) || noteIds.includes(r.to))
    .map((r) => r.id);

/** Another ring outside the others, up to four. */
export function addRing(content: BoardContent, id: string, label: string): BoardPatch {
  const count = ringCount(content);
  if (content.rings[id] || count >= MAX_RINGS) return patch();
  return patch({ rings: [{ id, index: count, label }] });
}

export function renameRing(content: BoardContent, id: string, label: string): BoardPatch {
  const ring = content.rings[id];
  return ring ? patch({ rings: [{ ...ring, label }] }) : patch();
}

/** The outermost ring only, and never below two; its notes go back to the list. */
export function removeRing(content: BoardContent, id: string): BoardPatch {
  const ring = content.rings[id];
  const count = ringCount(content);
  if (!ring || ring.index !== count - 1 || count <= MIN_STAKEHOLDER_RINGS) return patch();
  const notes = Object.values(content.notes).filter((n) => n.ring === ring.index).map((n) => ({ ...n, ring: null, pinned: false }));
  return patch({ notes }, { rings: [id] });
}
