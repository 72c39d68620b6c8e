import { useState, type Dispatch, type SetStateAction } from 'react';
import { afterSourceChange, expectedValue, withRefusal, withSave, type FieldDraft, type RecordDraft } from './field-draft.js';

export interface RecordSaves<T> {
  /**
   * Sends a field, to be stored as `value`, by `send`, which resolves false
   * when main refuses it; nothing is sent when main will hold `value` once
   * the field's saves are in.
   */
  save<K extends keyof T>(field: K, value: T[K], send: () => Promise<boolean>): void;
}

/**
 * Local edits of a record that main may change meanwhile. When main's copy
 * changes, only the fields that changed there are taken over, so a save of
 * one field never wipes what is being typed in another, and a field's own
 * save that comes back late never wipes what was typed in it since.
 */
export function useDraft<T extends object>(source: T): [T, Dispatch<SetStateAction<T>>, RecordSaves<T>] {
  const [state, setState] = useState<RecordDraft<T>>(() => ({ source, draft: source, pending: {} }));
  let current = state;
  if (state.source !== source) {
    current = afterSourceChange(state, source);
    setState(current);
  }
  const field = <K extends keyof T>(s: RecordDraft<T>, key: K): FieldDraft<T[K]> => ({ stored: s.source[key], draft: s.draft[key], pending: s.pending[key] ?? [] });
  const withField = <K extends keyof T>(s: RecordDraft<T>, key: K, f: FieldDraft<T[K]>): RecordDraft<T> => ({ ...s, draft: { ...s.draft, [key]: f.draft }, pending: { ...s.pending, [key]: f.pending } });
  return [
    current.draft,
    (action) => setState((s) => ({ ...s, draft: typeof action === 'function' ? (action as (d: T) => T)(s.draft) : action })),
    {
      save: (key, value, send) => {
        if (value === expectedValue(field(current, key))) return;
        setState((s) => withField(s, key, withSave(field(s, key), value)));
        void send().then((ok) => ok || setState((s) => withField(s, key, withRefusal(field(s, key), value))));
      },
    },
  ];
}
