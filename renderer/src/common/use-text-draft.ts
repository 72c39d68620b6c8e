import { useState } from 'react';
import { afterStoredChange, expectedValue, freshDraft, withRefusal, withSave } from './field-draft.js';

export interface FieldSaves {
  /** Call as the field's text is sent to be stored as `text`; call what it returns if main refuses it. */
  sending(text: string): () => void;
  /** What main will hold once the field's saves are in: compare a new save with this, not with the stored text. */
  expected: string;
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
      sending: (text) => {
        setState((s) => withSave(s, text));
        return () => setState((s) => withRefusal(s, text));
      },
      expected: expectedValue(current),
    },
  ];
}
