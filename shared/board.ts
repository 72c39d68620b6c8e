/** A post-it on a board; positions are board units (100% zoom = 1 px). */
export interface Note {
  id: string;
  text: string;
  /** Index into the colour-blind-safe palette of six. */
  color: number;
  author: string;
  x: number;
  y: number;
  /** The cluster (thema) it lies in, derived from where it was dropped. */
  clusterId: string | null;
  votes: number;
}

/** A thema: a named area that holds the notes dropped in it. */
export interface Cluster {
  id: string;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  collapsed: boolean;
  votes: number;
}

export interface BoardContent {
  notes: Record<string, Note>;
  clusters: Record<string, Cluster>;
}

/**
 * Every board change is one patch: whole entities put, and ids removed.
 * Undo is the same shape, so one function inverts every command exactly.
 */
export interface BoardPatch {
  put: { notes: Note[]; clusters: Cluster[] };
  remove: { notes: string[]; clusters: string[] };
}

export const NOTE_WIDTH = 160;
export const NOTE_HEIGHT = 110;
export const PALETTE_SIZE = 6;

export const emptyBoard = (): BoardContent => ({ notes: {}, clusters: {} });

export const patch = (put: Partial<BoardPatch['put']> = {}, remove: Partial<BoardPatch['remove']> = {}): BoardPatch => ({
  put: { notes: put.notes ?? [], clusters: put.clusters ?? [] },
  remove: { notes: remove.notes ?? [], clusters: remove.clusters ?? [] },
});

export function applyPatch(content: BoardContent, change: BoardPatch): BoardContent {
  const notes = { ...content.notes };
  const clusters = { ...content.clusters };
  for (const id of change.remove.notes) delete notes[id];
  for (const id of change.remove.clusters) delete clusters[id];
  for (const note of change.put.notes) notes[note.id] = note;
  for (const cluster of change.put.clusters) clusters[cluster.id] = cluster;
  return { notes, clusters };
}

/** The patch that takes `applyPatch(before, change)` back to `before`. */
export function invertPatch(before: BoardContent, change: BoardPatch): BoardPatch {
  const undo = patch();
  const restore = <T>(previous: T | undefined, id: string, put: T[], remove: string[]) => {
    if (previous) put.push(previous);
    else remove.push(id);
  };
  const noteIds = new Set([...change.put.notes.map((n) => n.id), ...change.remove.notes]);
  const clusterIds = new Set([...change.put.clusters.map((c) => c.id), ...change.remove.clusters]);
  for (const id of noteIds) restore(before.notes[id], id, undo.put.notes, undo.remove.notes);
  for (const id of clusterIds) restore(before.clusters[id], id, undo.put.clusters, undo.remove.clusters);
  return undo;
}

/** A board of a session, with where its undo history stands. */
export interface Board {
  id: string;
  sessionId: string;
  blockId: string | null;
  title: string;
  createdAt: string;
  content: BoardContent;
  /** Steps that can be undone; steps past it, up to `historyLength`, can be redone. */
  historyCursor: number;
  historyLength: number;
}
