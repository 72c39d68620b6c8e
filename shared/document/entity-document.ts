import { z } from 'zod';
import { newEntityIdSchema } from '../contract/entity-id.js';
import { ownRecord } from '../contract/id-record.js';

/**
 * A document is a set of entities of a few kinds, each kept whole under its
 * id. Every change is one patch: whole entities put, and ids removed. Undo is
 * the same shape, made from the content before the change, so one function
 * inverts every command exactly; history, persistence and broadcast then
 * need to know nothing of what a command meant.
 */

/** Anything a document holds: stored and changed whole, found by its id. */
export interface Entity {
  id: string;
}

/** A document's entity types, by the kind they are kept under. */
export type EntityMap<E> = { [K in keyof E]: Entity };

export type DocumentContent<E extends EntityMap<E>> = { [K in keyof E]: Readonly<Record<string, E[K]>> };

export interface DocumentPatch<E extends EntityMap<E>> {
  put: { [K in keyof E]: E[K][] };
  remove: { [K in keyof E]: string[] };
}

/** The entity a record holds under `id` itself, never one it would inherit. */
export function own<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, id) ? record[id] : undefined;
}

/** A record that inherits nothing, so no id can reach a prototype. */
const bare = <T>(from: Readonly<Record<string, T>> = {}): Record<string, T> => ownRecord(from);

export interface EntityDocument<E extends EntityMap<E>> {
  readonly kinds: readonly (keyof E & string)[];
  empty(): DocumentContent<E>;
  patch(put?: Partial<DocumentPatch<E>['put']>, remove?: Partial<DocumentPatch<E>['remove']>): DocumentPatch<E>;
  apply(content: DocumentContent<E>, change: DocumentPatch<E>): DocumentContent<E>;
  /** The patch that takes `apply(before, change)` back to `before`. */
  invert(before: DocumentContent<E>, change: DocumentPatch<E>): DocumentPatch<E>;
  isEmpty(change: DocumentPatch<E>): boolean;
}

type Records = Record<string, Readonly<Record<string, Entity>>>;
type Lists<T> = Record<string, T[]>;

/** The patch, apply and invert of a document with these kinds. */
export function entityDocument<E extends EntityMap<E>>(kinds: readonly (keyof E & string)[]): EntityDocument<E> {
  const perKind = <T>(make: (kind: string) => T) => Object.fromEntries(kinds.map((kind) => [kind, make(kind)]));
  const patch = (put: Partial<Lists<Entity>> = {}, remove: Partial<Lists<string>> = {}) =>
    ({ put: perKind((kind) => put[kind] ?? []), remove: perKind((kind) => remove[kind] ?? []) }) as unknown as DocumentPatch<E>;
  const lists = (change: DocumentPatch<E>) => change as unknown as { put: Lists<Entity>; remove: Lists<string> };
  return {
    kinds,
    empty: () => perKind(() => bare()) as DocumentContent<E>,
    patch: patch as EntityDocument<E>['patch'],
    apply(content, change) {
      const { put, remove } = lists(change);
      const next: Records = { ...(content as Records) };
      for (const kind of kinds) {
        if (put[kind]!.length === 0 && remove[kind]!.length === 0) continue;
        const items = bare((content as Records)[kind]);
        for (const id of remove[kind]!) delete items[id];
        for (const item of put[kind]!) items[item.id] = item;
        next[kind] = items;
      }
      return next as DocumentContent<E>;
    },
    invert(before, change) {
      const { put, remove } = lists(change);
      const undo = lists(patch());
      for (const kind of kinds) {
        const ids = new Set([...put[kind]!.map((e) => e.id), ...remove[kind]!]);
        for (const id of ids) {
          const previous = own((before as Records)[kind]!, id);
          if (previous) undo.put[kind]!.push(previous);
          else undo.remove[kind]!.push(id);
        }
      }
      return undo as unknown as DocumentPatch<E>;
    },
    isEmpty(change) {
      const { put, remove } = lists(change);
      return kinds.every((kind) => put[kind]!.length === 0 && remove[kind]!.length === 0);
    },
  };
}

/** The stored shape of a patch of these kinds, read back with each entity's own schema. */
export function documentPatchSchema<E extends EntityMap<E>>(schemas: { [K in keyof E]: z.ZodType<E[K]> }) {
  const kinds = Object.keys(schemas) as (keyof E & string)[];
  return z.strictObject({
    put: z.strictObject(Object.fromEntries(kinds.map((kind) => [kind, z.array(schemas[kind])]))),
    remove: z.strictObject(Object.fromEntries(kinds.map((kind) => [kind, z.array(newEntityIdSchema)]))),
  }) as unknown as z.ZodType<DocumentPatch<E>>;
}

/** A document as a window holds it: its content and where its undo history stands. */
export interface DocumentState<E extends EntityMap<E>> {
  content: DocumentContent<E>;
  /** Steps that can be undone; steps past it, up to `historyLength`, can be redone. */
  historyCursor: number;
  historyLength: number;
}
