import { useState } from 'react';

interface Draft {
  stored: string;
  draft: string;
  /** What this field last sent to be stored, until it comes back. */
  sent?: string;
}

/**
 * What a field shows: the stored value, or what is being typed over it.
 * When the stored value changes (saved, undone, another measurement chosen)
 * the typing gives way to it; focus stays where it is, unlike a remount.
 * The one exception is the field's own save coming back: by then the
 * facilitator may have typed or stepped on, and that must not be undone.
 */
export function useTextDraft(stored: string): [string, (draft: string) => void, (sent: string) => void] {
  const [state, setState] = useState<Draft>({ stored, draft: stored });
  let current = state;
  if (state.stored !== stored) {
    current = { stored, draft: state.sent === stored ? state.draft : stored };
    setState(current);
  }
  return [
    current.draft,
    (draft) => setState((s) => ({ ...s, stored, draft })),
    (sent) => setState((s) => ({ ...s, sent })),
  ];
}
