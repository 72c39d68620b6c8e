import { NOTE_HEIGHT, NOTE_WIDTH, patch, type BoardContent, type BoardPatch, type Cluster, type Note } from './board.js';
import { clusterRect, containsPoint, type Rect } from './board-geometry.js';
import { clusterTotals } from './reading-order.js';
import { listOf } from './record-list.js';
import { BoardDraft } from './board-draft.js';
import { clearPlace, covers, frameAround, gridAt, inboxColumns, inboxPlacer, settle, THEME_GAP } from './board-placement.js';
import { DraftSpace, spaceOf } from './board-space.js';

/** The cluster a note at (x, y) belongs to: the one its centre lies in, the newest on top; collapsed ones take no drops. */
export function clusterAt(content: BoardContent, x: number, y: number): string | null {
  const cx = x + NOTE_WIDTH / 2;
  const cy = y + NOTE_HEIGHT / 2;
  const hits = Object.values(content.clusters).filter((c) => !c.collapsed && containsPoint(c, cx, cy));
  return hits.at(-1)?.id ?? null;
}

/** A new note in the inbox, whose rows are as wide as the view it was typed in (`viewWidth`, board units). */
export function addNote(content: BoardContent, note: Pick<Note, 'id' | 'text'> & Partial<Pick<Note, 'color' | 'author' | 'scaleAt'>>, viewWidth?: number): BoardPatch {
  const { x, y } = inboxPlacer(new DraftSpace(spaceOf(content)), inboxColumns(viewWidth))(note.id);
  // Field by field: whatever else the caller's object carries stays out of the board.
  const made: Note = { id: note.id, text: note.text, color: note.color ?? 0, author: note.author ?? '', x, y, clusterId: null, votes: 0 };
  if (typeof note.scaleAt === 'number') made.scaleAt = note.scaleAt;
  return patch({ notes: [made] });
}

type NewNote = Pick<Note, 'id' | 'text'> & Partial<Pick<Note, 'color' | 'author' | 'x' | 'y'>>;

/** Several notes in one step: copies where they are given a place, lines of pasted text in the inbox. */
export function pasteNotes(content: BoardContent, notes: NewNote[], viewWidth?: number): BoardPatch {
  const draft = new BoardDraft(content);
  const fresh = new Map<string, NewNote>();
  for (const n of notes) if (!content.notes[n.id] && !fresh.has(n.id)) fresh.set(n.id, n);
  const made = (n: NewNote, x: number, y: number, clusterId: string | null): Note => ({ id: n.id, text: n.text, color: n.color ?? 0, author: n.author ?? '', x, y, clusterId, votes: 0 });
  const copies = [...fresh.values()].flatMap((n) => (n.x !== undefined && n.y !== undefined ? [made(n, n.x, n.y, clusterAt(content, n.x, n.y))] : []));
  drop(draft, copies);
  const lines = [...fresh.values()].filter((n) => n.x === undefined || n.y === undefined);
  // Lines go in after the copies, so they land clear of them too.
  const place = lines.length > 0 ? inboxPlacer(draft.space, inboxColumns(viewWidth)) : undefined;
  for (const n of lines) {
    const at = place!(n.id);
    draft.putNote(made(n, at.x, at.y, null));
  }
  return draft.patch();
}

export function editNote(content: BoardContent, id: string, changes: Partial<Pick<Note, 'text' | 'color' | 'author'>>): BoardPatch {
  const note = content.notes[id];
  return note ? patch({ notes: [{ ...note, ...changes }] }) : patch();
}

/** The selected notes in one colour, as one step. */
export function colourNotes(content: BoardContent, ids: string[], color: number): BoardPatch {
  return patch({ notes: ids.flatMap((id) => (content.notes[id] && content.notes[id]!.color !== color ? [{ ...content.notes[id]!, color }] : [])) });
}

/** One drop of one or more notes: new places, and the cluster each now lies in, grown to hold it. */
export function moveNotes(content: BoardContent, moves: { id: string; x: number; y: number }[]): BoardPatch {
  const draft = new BoardDraft(content);
  drop(
    draft,
    moves.flatMap(({ id, x, y }) => {
      const note = content.notes[id];
      return note ? [{ ...note, x, y, clusterId: clusterAt(content, x, y) }] : [];
    }),
  );
  return draft.patch();
}

/**
 * Notes let go at their places (moved, or pasted copies). A theme that a note
 * sticks out of grows to hold it; where growing would cover a note that is
 * not its own or come near another theme, it moves whole, with its notes,
 * to the nearest place where it fits. A loose note let go on a folded
 * theme's title bar goes to the nearest free place.
 */
function drop(draft: BoardDraft, dropped: Note[]): void {
  for (const note of dropped) draft.putNote(note);
  const grown = new Map<string, Rect>();
  for (const note of dropped) {
    const cluster = note.clusterId ? draft.cluster(note.clusterId) : undefined;
    if (!cluster) continue;
    const frame = grown.get(cluster.id) ?? cluster;
    const around = frameAround([note]);
    const x = Math.min(frame.x, around.x);
    const y = Math.min(frame.y, around.y);
    const right = Math.max(frame.x + frame.width, around.x + around.width);
    const bottom = Math.max(frame.y + frame.height, around.y + around.height);
    grown.set(cluster.id, { x, y, width: right - x, height: bottom - y });
  }
  for (const [id, frame] of grown) {
    const cluster = draft.cluster(id)!;
    if (frame.x === cluster.x && frame.y === cluster.y && frame.width === cluster.width && frame.height === cluster.height) continue;
    placeTheme(draft, { ...cluster, ...frame }, draft.membersOf(id));
  }
  const frames = draft.allClusters().map(clusterRect);
  for (const { id } of dropped) {
    const note = draft.note(id)!;
    const cx = note.x + NOTE_WIDTH / 2;
    const cy = note.y + NOTE_HEIGHT / 2;
    if (note.clusterId || !frames.some((frame) => containsPoint(frame, cx, cy))) continue;
    const at = clearPlace(draft.space, { width: NOTE_WIDTH, height: NOTE_HEIGHT }, note, (o) => !(o.kind === 'note' && o.id === id));
    draft.putNote({ ...note, x: at.x, y: at.y });
  }
}

/** A theme put where it is asked to be with its notes, or, where it would cover others there, at the nearest place it fits. */
function placeTheme(draft: BoardDraft, cluster: Cluster, members: Note[]): void {
  const { dx, dy } = settle(draft.space, cluster, cluster.id, new Set(members.map((n) => n.id)));
  draft.putCluster({ ...cluster, x: cluster.x + dx, y: cluster.y + dy });
  for (const n of members) draft.putNote({ ...n, clusterId: cluster.id, x: n.x + dx, y: n.y + dy });
}

export function deleteNotes(content: BoardContent, ids: string[]): BoardPatch {
  return patch({}, { notes: ids.filter((id) => content.notes[id]) });
}

const readingOrder = (a: Note, b: Note) => a.y - b.y || a.x - b.x;

/**
 * A theme around the selected notes, which become its members: drawn around
 * them where they are if it covers no other note there; else they gather,
 * tidied, in the nearest free place.
 */
export function makeCluster(content: BoardContent, cluster: Pick<Cluster, 'id' | 'name'>, noteIds: string[]): BoardPatch {
  const members = [...new Set(noteIds)].flatMap((id) => (content.notes[id] ? [content.notes[id]!] : []));
  if (members.length === 0) return patch();
  const draft = new BoardDraft(content);
  const made: Cluster = { ...cluster, ...frameAround(members), collapsed: false, votes: 0 };
  const ids = new Set(members.map((n) => n.id));
  if (!covers(draft.space, made, made.id, ids)) {
    draft.putCluster(made);
    for (const n of members) draft.putNote({ ...n, clusterId: made.id });
    return draft.patch();
  }
  const laid = gridAt(members.sort(readingOrder), 0, 0);
  const size = frameAround(laid);
  const near = { x: made.x + made.width / 2 - size.width / 2, y: made.y + made.height / 2 - size.height / 2 };
  const at = clearPlace(draft.space, size, near, (o) => !(o.kind === 'cluster' ? o.id === made.id : ids.has(o.id)), THEME_GAP);
  draft.putCluster({ ...made, x: at.x, y: at.y, width: size.width, height: size.height });
  for (const n of laid) draft.putNote({ ...n, clusterId: made.id, x: n.x + at.x, y: n.y + at.y });
  return draft.patch();
}

const membersOf = (content: BoardContent, clusterId: string) => Object.values(content.notes).filter((n) => n.clusterId === clusterId);

/** A cluster moves with its notes; where it would cover other notes or meet another theme, it lands at the nearest place it fits. */
export function moveCluster(content: BoardContent, id: string, dx: number, dy: number): BoardPatch {
  const cluster = content.clusters[id];
  if (!cluster) return patch();
  const draft = new BoardDraft(content);
  const members = membersOf(content, id).map((n) => ({ ...n, x: n.x + dx, y: n.y + dy }));
  placeTheme(draft, { ...cluster, x: cluster.x + dx, y: cluster.y + dy }, members);
  return draft.patch();
}

export function renameCluster(content: BoardContent, id: string, name: string): BoardPatch {
  const cluster = content.clusters[id];
  return cluster ? patch({ clusters: [{ ...cluster, name }] }) : patch();
}

/** Folded, a theme shows its title bar only; unfolded where notes were let go meanwhile, it moves to where it fits. */
export function setCollapsed(content: BoardContent, id: string, collapsed: boolean): BoardPatch {
  const cluster = content.clusters[id];
  if (!cluster) return patch();
  if (collapsed || !cluster.collapsed) return patch({ clusters: [{ ...cluster, collapsed }] });
  const draft = new BoardDraft(content);
  placeTheme(draft, { ...cluster, collapsed }, membersOf(content, id));
  return draft.patch();
}

/** The notes of a cluster laid out in a grid inside it, which fits itself around them (and moves if it then covers others). */
export function tidyCluster(content: BoardContent, id: string): BoardPatch {
  const cluster = content.clusters[id];
  const members = membersOf(content, id).sort(readingOrder);
  if (!cluster || members.length === 0) return patch();
  const draft = new BoardDraft(content);
  const laid = gridAt(members, cluster.x, cluster.y);
  placeTheme(draft, { ...cluster, ...frameAround(laid) }, laid);
  return draft.patch();
}

/** Two themes become one: the notes of `fromId` join `intoId`, which is tidied around all of them. */
export function mergeClusters(content: BoardContent, intoId: string, fromId: string): BoardPatch {
  const into = content.clusters[intoId];
  const from = content.clusters[fromId];
  if (!into || !from || intoId === fromId) return patch();
  const draft = new BoardDraft(content);
  draft.removeCluster(fromId);
  const votes = into.votes + from.votes;
  const laid = gridAt([...membersOf(content, intoId), ...membersOf(content, fromId)].sort(readingOrder), into.x, into.y);
  if (laid.length === 0) draft.putCluster({ ...into, votes });
  else placeTheme(draft, { ...into, ...frameAround(laid), votes }, laid);
  return draft.patch();
}

/** Dots for a room without devices, never below zero. */
export function vote(content: BoardContent, target: { note: string } | { cluster: string }, delta: number): BoardPatch {
  if ('note' in target) {
    const note = content.notes[target.note];
    return note ? patch({ notes: [{ ...note, votes: Math.max(0, note.votes + delta) }] }) : patch();
  }
  const cluster = content.clusters[target.cluster];
  return cluster ? patch({ clusters: [{ ...cluster, votes: Math.max(0, cluster.votes + delta) }] }) : patch();
}

export function resetVotes(content: BoardContent): BoardPatch {
  return patch({
    notes: Object.values(content.notes).filter((n) => n.votes > 0).map((n) => ({ ...n, votes: 0 })),
    clusters: Object.values(content.clusters).filter((c) => c.votes > 0).map((c) => ({ ...c, votes: 0 })),
  });
}

/** A cluster's total: its own dots and its notes' dots. */
export const clusterVotes = (content: BoardContent, id: string): number =>
  (content.clusters[id]?.votes ?? 0) + membersOf(content, id).reduce((sum, n) => sum + n.votes, 0);

/**
 * Names in Dutch order, numbers by value ("Tafel 2" before "Tafel 10"); one
 * collator, as a comparison that makes its own costs microseconds, times
 * hundreds of themes at every change.
 */
const byName = new Intl.Collator('nl', { numeric: true });

type Ranked = { id: string; name: string; votes: number };
/** The last ranking made for a record of themes, with each theme's dots in the record's order. */
const rankings = new WeakMap<object, { votes: number[]; ranking: readonly Ranked[] }>();

/**
 * Clusters from most to fewest dots, ties by name; the notes are counted in
 * one pass, however many themes. The same themes with the same dots keep
 * their last ranking: a note typed on a board of hundreds of themes changes
 * no dots, and sorting them by name costs milliseconds at every note.
 */
export function clusterRanking(content: BoardContent): readonly Ranked[] {
  const totals = clusterTotals(content);
  const themes = listOf(content.clusters);
  const votes = themes.map((c) => c.votes + (totals.get(c.id)?.votes ?? 0));
  const known = rankings.get(content.clusters);
  if (known && known.votes.every((v, i) => v === votes[i])) return known.ranking;
  const ranking = themes.map((c, i) => ({ id: c.id, name: c.name, votes: votes[i]! })).sort((a, b) => b.votes - a.votes || byName.compare(a.name, b.name));
  rankings.set(content.clusters, { votes, ranking });
  return ranking;
}
