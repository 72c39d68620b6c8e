import { useState } from 'react';

/**
 * What a field shows: the stored value, or what is being typed over it.
 * When the stored value changes (saved, undone, another measurement chosen)
 * the typing gives way to it; focus stays where it is, unlike a remount.
 */
export function useTextDraft(stored: string): [string, (draft: string) => void] {
  const [state, setState] = useState({ stored, draft: stored });
  if (state.stored !== stored) {
    setState({ stored, draft: stored });
    return [stored, (draft) => setState({ stored, draft })];
  }
  return [state.draft, (draft) => setState({ stored, draft })];
}
