/** A save of a field on its way to main: the value it will be stored as, and what the field showed when it was sent. */
export interface PendingSave<V> {
  value: V;
  draft: V;
}

/** One field: what main stores, what the field shows, and its saves main has not sent back yet, oldest first. */
export interface FieldDraft<V> {
  stored: V;
  draft: V;
  pending: readonly PendingSave<V>[];
}

export const freshDraft = <V>(stored: V): FieldDraft<V> => ({ stored, draft: stored, pending: [] });

/**
 * The field once main's stored value has changed to `stored`. Main's answer
 * to one of the field's own saves leaves what the facilitator typed or
 * stepped to since alone (a later save is still coming, or the field
 * changed after it was sent); with nothing typed since, the field shows the
 * stored value, tidied as main keeps it. Any other change (undone, changed
 * in another window, another item chosen) replaces what is typed. Values are
 * compared by identity: a save of an object is never recognised, and the
 * field simply takes main's value, as it did before saves were followed.
 */
export function afterStoredChange<V>(state: FieldDraft<V>, stored: V): FieldDraft<V> {
  const answered = state.pending.findIndex((save) => save.value === stored);
  if (answered < 0) return freshDraft(stored);
  const pending = state.pending.slice(answered + 1);
  const typedSince = state.draft !== state.pending[answered]!.draft;
  return { stored, draft: pending.length > 0 || typedSince ? state.draft : stored, pending };
}

/** The value main will hold once every save of the field has come back: what a new save is compared with. */
export const expectedValue = <V>(state: FieldDraft<V>): V => (state.pending.length > 0 ? state.pending[state.pending.length - 1]!.value : state.stored);

/** The field's draft sent now, to be stored as `value`. */
export const withSave = <V>(state: FieldDraft<V>, value: V): FieldDraft<V> => ({ ...state, pending: [...state.pending, { value, draft: state.draft }] });

/**
 * A save main refused: it will not come back, and must not be taken for the
 * answer to another change. With nothing typed since, the field shows again
 * what main will hold; its message says what was wrong.
 */
export function withRefusal<V>(state: FieldDraft<V>, value: V): FieldDraft<V> {
  let last = state.pending.length - 1;
  while (last >= 0 && state.pending[last]!.value !== value) last--;
  if (last < 0) return state;
  const after = { ...state, pending: state.pending.filter((_, i) => i !== last) };
  return state.draft === state.pending[last]!.draft ? { ...after, draft: expectedValue(after) } : after;
}

/** A record edited field by field, each field followed as above. */
export interface RecordDraft<T extends object> {
  source: T;
  draft: T;
  pending: { [K in keyof T]?: readonly PendingSave<T[K]>[] };
}

/** Main's copy of the record changed: each field that changed there is taken as afterStoredChange says, the others stay as typed. */
export function afterSourceChange<T extends object>(state: RecordDraft<T>, source: T): RecordDraft<T> {
  const draft = { ...state.draft };
  const pending = { ...state.pending };
  for (const key of Object.keys(source) as (keyof T)[]) {
    if (source[key] === state.source[key]) continue;
    const field = afterStoredChange({ stored: state.source[key], draft: state.draft[key], pending: state.pending[key] ?? [] }, source[key]);
    draft[key] = field.draft;
    pending[key] = field.pending;
  }
  return { source, draft, pending };
}
