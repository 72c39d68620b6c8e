import { patch, type BoardContent, type BoardPatch, type Cluster, type Note } from './board.js';
import { clusterOccupant, DraftSpace, noteOccupant, spaceOf } from './board-space.js';

const same = <T extends object>(a: T, b: T | undefined): boolean =>
  b !== undefined && Object.keys(a).length === Object.keys(b).length && (Object.keys(a) as (keyof T)[]).every((k) => a[k] === b[k]);

/**
 * A command's working copy of a board: the notes and themes it changes, kept
 * apart from the board, with the space they take as it would be. Its patch
 * holds each changed entity once, whole.
 */
export class BoardDraft {
  private readonly notes = new Map<string, Note>();
  private readonly clusters = new Map<string, Cluster>();
  private readonly removed = new Set<string>();
  /** The board's own space, with this draft's changes on top. */
  readonly space: DraftSpace;

  constructor(readonly content: BoardContent) {
    this.space = new DraftSpace(spaceOf(content));
  }

  note(id: string): Note | undefined {
    return this.notes.get(id) ?? this.content.notes[id];
  }

  cluster(id: string): Cluster | undefined {
    return this.removed.has(id) ? undefined : (this.clusters.get(id) ?? this.content.clusters[id]);
  }

  allClusters(): Cluster[] {
    const ids = new Set([...Object.keys(this.content.clusters), ...this.clusters.keys()]);
    return [...ids].flatMap((id) => this.cluster(id) ?? []);
  }

  membersOf(clusterId: string): Note[] {
    const members = Object.values(this.content.notes).flatMap((n) => {
      const now = this.notes.get(n.id) ?? n;
      return now.clusterId === clusterId ? [now] : [];
    });
    for (const n of this.notes.values()) if (n.clusterId === clusterId && !this.content.notes[n.id]) members.push(n);
    return members;
  }

  putNote(note: Note): void {
    this.notes.set(note.id, note);
    this.space.add(noteOccupant(note));
  }

  putCluster(cluster: Cluster): void {
    this.clusters.set(cluster.id, cluster);
    this.space.add(clusterOccupant(cluster));
  }

  removeCluster(id: string): void {
    this.removed.add(id);
    this.clusters.delete(id);
    this.space.remove('cluster', id);
  }

  patch(): BoardPatch {
    return patch(
      {
        notes: [...this.notes.values()].filter((n) => !same(n, this.content.notes[n.id])),
        clusters: [...this.clusters.values()].filter((c) => !same(c, this.content.clusters[c.id])),
      },
      { clusters: [...this.removed].filter((id) => this.content.clusters[id]) },
    );
  }
}
