import { NOTE_HEIGHT, NOTE_WIDTH, patch, type BoardContent, type BoardPatch, type Cluster, type Note } from './board.js';

/** Where new notes land until someone sorts them: a column block at the left of the board. */
export const INBOX = { x: 0, y: 0, columns: 4, gap: 16 } as const;
const CLUSTER_PADDING = 24;
export const CLUSTER_HEADER = 56;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const noteRect = (n: Pick<Note, 'x' | 'y'>): Rect => ({ x: n.x, y: n.y, width: NOTE_WIDTH, height: NOTE_HEIGHT });
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const contains = (r: Rect, x: number, y: number) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;

/** The first inbox slot, row by row, that no note overlaps. */
export function inboxSlot(content: BoardContent): { x: number; y: number } {
  const notes = Object.values(content.notes).map(noteRect);
  for (let i = 0; ; i++) {
    const slot = {
      x: INBOX.x + (i % INBOX.columns) * (NOTE_WIDTH + INBOX.gap),
      y: INBOX.y + Math.floor(i / INBOX.columns) * (NOTE_HEIGHT + INBOX.gap),
    };
    if (!notes.some((n) => overlaps(n, noteRect(slot)))) return slot;
  }
}

/** The cluster a note at (x, y) belongs to: the one its centre lies in, the newest on top; collapsed ones take no drops. */
export function clusterAt(content: BoardContent, x: number, y: number): string | null {
  const cx = x + NOTE_WIDTH / 2;
  const cy = y + NOTE_HEIGHT / 2;
  const hits = Object.values(content.clusters).filter((c) => !c.collapsed && contains(c, cx, cy));
  return hits.at(-1)?.id ?? null;
}

export function addNote(content: BoardContent, note: Pick<Note, 'id' | 'text'> & Partial<Pick<Note, 'color' | 'author' | 'scaleAt'>>): BoardPatch {
  const { x, y } = inboxSlot(content);
  // Field by field: whatever else the caller's object carries stays out of the board.
  const made: Note = { id: note.id, text: note.text, color: note.color ?? 0, author: note.author ?? '', x, y, clusterId: null, votes: 0 };
  if (typeof note.scaleAt === 'number') made.scaleAt = note.scaleAt;
  return patch({ notes: [made] });
}

type NewNote = Pick<Note, 'id' | 'text'> & Partial<Pick<Note, 'color' | 'author' | 'x' | 'y'>>;

/** Several notes in one step: copies where they are given a place, lines of pasted text in the inbox. */
export function pasteNotes(content: BoardContent, notes: NewNote[]): BoardPatch {
  let board = content;
  const made: Note[] = [];
  for (const n of notes) {
    if (board.notes[n.id]) continue;
    const at = n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : inboxSlot(board);
    const note: Note = { id: n.id, text: n.text, color: n.color ?? 0, author: n.author ?? '', ...at, clusterId: clusterAt(board, at.x, at.y), votes: 0 };
    made.push(note);
    board = { ...board, notes: { ...board.notes, [note.id]: note } };
  }
  return patch({ notes: made });
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
  const notes = moves.flatMap(({ id, x, y }) => {
    const note = content.notes[id];
    return note ? [{ ...note, x, y, clusterId: clusterAt(content, x, y) }] : [];
  });
  return patch({ notes, clusters: grownAround(content, notes) });
}

/** Clusters that a dropped note sticks out of, grown (never shrunk) to hold it with their padding. */
function grownAround(content: BoardContent, dropped: Note[]): Cluster[] {
  const grown = new Map<string, Cluster>();
  for (const note of dropped) {
    const cluster = note.clusterId ? (grown.get(note.clusterId) ?? content.clusters[note.clusterId]) : undefined;
    if (!cluster) continue;
    const x = Math.min(cluster.x, note.x - CLUSTER_PADDING);
    const y = Math.min(cluster.y, note.y - CLUSTER_PADDING - CLUSTER_HEADER);
    const right = Math.max(cluster.x + cluster.width, note.x + NOTE_WIDTH + CLUSTER_PADDING);
    const bottom = Math.max(cluster.y + cluster.height, note.y + NOTE_HEIGHT + CLUSTER_PADDING);
    if (x === cluster.x && y === cluster.y && right === cluster.x + cluster.width && bottom === cluster.y + cluster.height) continue;
    grown.set(cluster.id, { ...cluster, x, y, width: right - x, height: bottom - y });
  }
  return [...grown.values()];
}

export function deleteNotes(content: BoardContent, ids: string[]): BoardPatch {
  return patch({}, { notes: ids.filter((id) => content.notes[id]) });
}

function boundsAround(notes: Note[]): Rect {
  const xs = notes.map((n) => n.x);
  const ys = notes.map((n) => n.y);
  const x = Math.min(...xs) - CLUSTER_PADDING;
  const y = Math.min(...ys) - CLUSTER_PADDING - CLUSTER_HEADER;
  return {
    x,
    y,
    width: Math.max(...xs) + NOTE_WIDTH + CLUSTER_PADDING - x,
    height: Math.max(...ys) + NOTE_HEIGHT + CLUSTER_PADDING - y,
  };
}

/** A cluster drawn around the selected notes, which become its members. */
export function makeCluster(content: BoardContent, cluster: Pick<Cluster, 'id' | 'name'>, noteIds: string[]): BoardPatch {
  const members = noteIds.flatMap((id) => (content.notes[id] ? [content.notes[id]!] : []));
  if (members.length === 0) return patch();
  const made: Cluster = { ...cluster, ...boundsAround(members), collapsed: false, votes: 0 };
  return patch({ clusters: [made], notes: members.map((n) => ({ ...n, clusterId: made.id })) });
}

const membersOf = (content: BoardContent, clusterId: string) => Object.values(content.notes).filter((n) => n.clusterId === clusterId);

/** A cluster moves with its notes. */
export function moveCluster(content: BoardContent, id: string, dx: number, dy: number): BoardPatch {
  const cluster = content.clusters[id];
  if (!cluster) return patch();
  return patch({
    clusters: [{ ...cluster, x: cluster.x + dx, y: cluster.y + dy }],
    notes: membersOf(content, id).map((n) => ({ ...n, x: n.x + dx, y: n.y + dy })),
  });
}

export function renameCluster(content: BoardContent, id: string, name: string): BoardPatch {
  const cluster = content.clusters[id];
  return cluster ? patch({ clusters: [{ ...cluster, name }] }) : patch();
}

export function setCollapsed(content: BoardContent, id: string, collapsed: boolean): BoardPatch {
  const cluster = content.clusters[id];
  return cluster ? patch({ clusters: [{ ...cluster, collapsed }] }) : patch();
}

/** The notes of a cluster laid out in a grid inside it, which fits itself around them. */
export function tidyCluster(content: BoardContent, id: string): BoardPatch {
  const cluster = content.clusters[id];
  const members = membersOf(content, id).sort((a, b) => a.y - b.y || a.x - b.x);
  if (!cluster || members.length === 0) return patch();
  const columns = Math.ceil(Math.sqrt(members.length));
  const left = cluster.x + CLUSTER_PADDING;
  const top = cluster.y + CLUSTER_PADDING + CLUSTER_HEADER;
  const notes = members.map((n, i) => ({
    ...n,
    x: left + (i % columns) * (NOTE_WIDTH + INBOX.gap),
    y: top + Math.floor(i / columns) * (NOTE_HEIGHT + INBOX.gap),
  }));
  return patch({ notes, clusters: [{ ...cluster, ...boundsAround(notes) }] });
}

/** Two themes become one: the notes of `fromId` join `intoId`, which is tidied around all of them. */
export function mergeClusters(content: BoardContent, intoId: string, fromId: string): BoardPatch {
  const into = content.clusters[intoId];
  const from = content.clusters[fromId];
  if (!into || !from || intoId === fromId) return patch();
  const joined = membersOf(content, fromId).map((n) => ({ ...n, clusterId: intoId }));
  const merged: BoardContent = {
    ...content,
    notes: { ...content.notes, ...Object.fromEntries(joined.map((n) => [n.id, n])) },
    clusters: { ...content.clusters, [intoId]: { ...into, votes: into.votes + from.votes } },
  };
  const tidied = tidyCluster(merged, intoId);
  return patch(
    { notes: [...joined.filter((n) => !tidied.put.notes.some((t) => t.id === n.id)), ...tidied.put.notes], clusters: tidied.put.clusters },
    { clusters: [fromId] },
  );
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

/** Clusters from most to fewest dots, ties by name. */
export function clusterRanking(content: BoardContent): { id: string; name: string; votes: number }[] {
  return Object.values(content.clusters)
    .map((c) => ({ id: c.id, name: c.name, votes: clusterVotes(content, c.id) }))
    .sort((a, b) => b.votes - a.votes || a.name.localeCompare(b.name, 'nl'));
}
