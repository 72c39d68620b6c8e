import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * Local edits of a record that main may change meanwhile. When main's copy
 * changes, only the fields that changed there are taken over, so a save of
 * one field never wipes what is being typed in another.
 */
export function useDraft<T extends object>(source: T): [T, Dispatch<SetStateAction<T>>] {
  const [draft, setDraft] = useState(source);
  const previous = useRef(source);
  useEffect(() => {
    const before = previous.current;
    previous.current = source;
    if (before === source) return;
    setDraft((current) => {
      const next = { ...current };
      for (const key of Object.keys(source) as (keyof T)[]) {
        if (source[key] !== before[key]) next[key] = source[key];
      }
      return next;
    });
  }, [source]);
  return [draft, setDraft];
}
