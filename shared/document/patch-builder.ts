import { own, type DocumentContent, type DocumentPatch, type EntityDocument, type EntityMap } from './entity-document.js';

/**
 * Gathers one patch from several steps of a command (a member leaves one
 * proposal, joins another, and the milestones they owned lose their owner):
 * each entity ends up put once, as the last step left it, or removed. Steps
 * read the entity as the earlier steps left it.
 */
export class PatchBuilder<E extends EntityMap<E>> {
  private readonly puts = new Map<keyof E, Map<string, E[keyof E]>>();
  private readonly removes = new Map<keyof E, Set<string>>();

  constructor(
    private readonly doc: EntityDocument<E>,
    private readonly content: DocumentContent<E>,
  ) {}

  /** The entity as this patch leaves it so far. */
  get<K extends keyof E>(kind: K, id: string): E[K] | undefined {
    if (this.removes.get(kind)?.has(id)) return undefined;
    return (this.puts.get(kind)?.get(id) as E[K] | undefined) ?? own(this.content[kind], id);
  }

  put<K extends keyof E>(kind: K, entity: E[K]): this {
    this.removes.get(kind)?.delete(entity.id);
    if (!this.puts.has(kind)) this.puts.set(kind, new Map());
    this.puts.get(kind)!.set(entity.id, entity);
    return this;
  }

  remove<K extends keyof E>(kind: K, id: string): this {
    this.puts.get(kind)?.delete(id);
    if (!own(this.content[kind], id)) return this;
    if (!this.removes.has(kind)) this.removes.set(kind, new Set());
    this.removes.get(kind)!.add(id);
    return this;
  }

  build(): DocumentPatch<E> {
    const put = Object.fromEntries([...this.puts].map(([kind, items]) => [kind, [...items.values()]]));
    const remove = Object.fromEntries([...this.removes].map(([kind, ids]) => [kind, [...ids]]));
    return this.doc.patch(put as Partial<DocumentPatch<E>['put']>, remove as Partial<DocumentPatch<E>['remove']>);
  }
}
