import { useEffect, useRef } from 'react';

export interface LiveKeyActions {
  toggle(): void;
  next(): void;
  previous(): void;
  plus(): void;
  minus(): void;
  blackout(): void;
}

const typing = (target: EventTarget | null) => target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]') !== null;

/** The live shortcuts, on the whole window while the live panel is open, never while typing. */
export function useLiveKeys(actions: LiveKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const a = latest.current;
      const handlers: Record<string, () => void> = {
        ' ': a.toggle,
        ArrowRight: a.next,
        ArrowLeft: a.previous,
        '+': a.plus,
        '=': a.plus,
        '-': a.minus,
        b: a.blackout,
        B: a.blackout,
      };
      const handler = handlers[e.key];
      if (!handler) return;
      // Space on a focused button would also click it: one action per key.
      e.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
