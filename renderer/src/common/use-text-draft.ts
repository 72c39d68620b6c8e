import { useState } from 'react';
import { afterStoredChange, expectedValue, freshDraft, withRefusal, withSave } from './field-draft.js';

export interface FieldSaves {
  /**
   * Sends the field, to be stored as `text`, by `send`, which resolves false
   * when main refuses it. Nothing is sent when main will hold `text` once the
   * field's saves are in, unless the form sends more than this field
   * (`evenIfSame`).
   */
  save(text: string, send: () => Promise<boolean>, options?: { evenIfSame?: boolean }): void;
}

/**
 * What a field shows: the stored value, or what is being typed over it.
 * When the stored value changes (saved, undone, another measurement chosen)
 * the typing gives way to it; focus stays where it is, unlike a remount. A
 * field's own save that comes back late does not undo what was typed or
 * stepped to since (see afterStoredChange).
 */
export function useTextDraft(stored: string): [string, (draft: string) => void, FieldSaves] {
  const [state, setState] = useState(() => freshDraft(stored));
  let current = state;
  if (state.stored !== stored) {
    current = afterStoredChange(state, stored);
    setState(current);
  }
  return [
    current.draft,
    (draft) => setState((s) => ({ ...s, draft })),
    {
      save: (text, send, options) => {
        if (text === expectedValue(current) && !options?.evenIfSame) return;
        setState((s) => withSave(s, text));
        void send().then((ok) => ok || setState((s) => withRefusal(s, text)));
      },
    },
  ];
}
