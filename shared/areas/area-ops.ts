import { NOTE_HEIGHT, NOTE_WIDTH, patch, type BoardContent, type BoardPatch, type Note } from '../board/board.js';
import { areaAt, areasOf, layoutAreas, MAX_COLUMNS, MIN_COLUMNS, type Area, type AreaKind } from './areas.js';
import { deckCard } from './vastloop-deck.js';

const moved = (note: Note, area: string | null): Note => ({ ...note, area });

/** Notes sent to an area by keyboard (or back to the list with null). */
export function placeInArea(content: BoardContent, ids: string[], area: string | null): BoardPatch {
  if (area !== null && (!content.areas[area] || content.areas[area]!.axis)) return patch();
  return patch({ notes: ids.flatMap((id) => (content.notes[id] && content.notes[id]!.area !== area ? [moved(content.notes[id]!, area)] : [])) });
}

/** A note let go at (x, y): it belongs to the area its centre lands in, stacked there; outside every area, the list. */
export function dropInArea(content: BoardContent, kind: AreaKind, id: string, x: number, y: number): BoardPatch {
  const note = content.notes[id];
  if (!note) return patch();
  const area = areaAt(layoutAreas(content, kind), x + NOTE_WIDTH / 2, y + NOTE_HEIGHT / 2);
  return note.area === area || (note.area === undefined && area === null) ? patch() : patch({ notes: [moved(note, area)] });
}

/** A column's, field's or axis's name; an axis with no name is not drawn. */
export function renameArea(content: BoardContent, id: string, label: string): BoardPatch {
  const area = content.areas[id];
  if (!area || area.card || (!area.axis && label === '')) return patch();
  return patch({ areas: [{ ...area, label }] });
}

/** Whether the columns are filled from the right: the first step stands on the right. */
const fillsFromRight = (columns: Area[]) => columns.length > 1 && (columns[0]!.step ?? 0) > (columns.at(-1)!.step ?? 0);

/** Another column, last in the order of filling: on the right, or on the left of a board filled from the right. */
export function addColumn(content: BoardContent, id: string, label: string): BoardPatch {
  const columns = areasOf(content);
  if (content.areas[id] || columns.length >= MAX_COLUMNS) return patch();
  const step = Math.max(-1, ...columns.map((c) => c.step ?? c.index)) + 1;
  if (!fillsFromRight(columns)) return patch({ areas: [{ id, index: columns.length, label, step }] });
  return patch({ areas: [{ id, index: 0, label, step }, ...columns.map((c) => ({ ...c, index: c.index + 1 }))] });
}

/** A column goes, never below two; its notes go back to the list and the others close up. */
export function removeColumn(content: BoardContent, id: string): BoardPatch {
  const columns = areasOf(content);
  const gone = content.areas[id];
  if (!gone || gone.axis || columns.length <= MIN_COLUMNS) return patch();
  const rest = columns.filter((c) => c.id !== id);
  const steps = [...rest].sort((a, b) => (a.step ?? a.index) - (b.step ?? b.index)).map((c) => c.id);
  const areas = rest.map((c, index) => ({ ...c, index, step: steps.indexOf(c.id) }));
  const notes = Object.values(content.notes).filter((n) => n.area === id).map((n) => moved(n, null));
  return patch({ areas, notes }, { areas: [id] });
}

/** The fill guide points at one column (or at none). */
export function setCurrentArea(content: BoardContent, id: string | null): BoardPatch {
  if (id !== null && (!content.areas[id] || content.areas[id]!.axis)) return patch();
  const changed = areasOf(content).filter((a) => (a.id === id) !== Boolean(a.current));
  return patch({ areas: changed.map((a) => ({ ...a, current: a.id === id })) });
}

/** The column after the current one in the order of filling; the first when none is current, none after the last. */
export function nextInFill(content: BoardContent): string | null {
  const order = [...areasOf(content)].sort((a, b) => (a.step ?? a.index) - (b.step ?? b.index));
  const at = order.findIndex((a) => a.current);
  return order[at + 1]?.id ?? null;
}

/** A card from the deck onto the board, after the cards drawn before; each card once. */
export function drawCard(content: BoardContent, id: string, card: string): BoardPatch {
  const source = deckCard(card);
  const cards = areasOf(content);
  if (!source || content.areas[id] || cards.some((c) => c.card === card)) return patch();
  const index = Math.max(-1, ...cards.map((c) => c.index)) + 1;
  return patch({ areas: [{ id, index, label: source.title, text: source.text, card }] });
}

/** A card back into the deck; the notes under it go back to the list. */
export function returnCard(content: BoardContent, id: string): BoardPatch {
  const card = content.areas[id];
  if (!card?.card) return patch();
  const notes = Object.values(content.notes).filter((n) => n.area === id).map((n) => moved(n, null));
  return patch({ notes }, { areas: [id] });
}
