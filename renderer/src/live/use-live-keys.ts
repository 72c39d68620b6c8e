import { useEffect, useRef } from 'react';

export interface LiveKeyActions {
  toggle(): void;
  next(): void;
  previous(): void;
  plus(): void;
  minus(): void;
  blackout(): void;
  /** K: the beamer back to the timer, whatever it showed. */
  timer(): void;
  /**
   * PageDown and PageUp, as a presenter's clicker sends them: the block's
   * next or previous question on the beamer. Left out while the block has no
   * questions, so the keys scroll the page as usual.
   */
  nextQuestion?(): void;
  previousQuestion?(): void;
  /** V: the block's question on the beamer, or off it. */
  question?(): void;
  /** L: all of the block's questions as a list, or back to one. */
  allQuestions?(): void;
}

/** Inputs that take no text: a letter pressed on them is nobody's but the window's. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Whether a key belongs to the focused field: every key to a text field, only its own keys (Space, arrows) to a checkbox or the like. */
export function keyForField(target: EventTarget | null, key: string): boolean {
  const field = target instanceof HTMLElement ? target.closest('input, textarea, select, [contenteditable]') : null;
  if (!field) return false;
  if (field instanceof HTMLInputElement && NOT_TEXT.has(field.type)) return key.length !== 1 || key === ' ';
  return true;
}

/** Runs `handlers[key]` for keys pressed anywhere in the window, never while typing or with a modifier. */
export function useWindowKeys(handlers: Record<string, (() => void) | undefined>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || keyForField(e.target, e.key) || e.ctrlKey || e.metaKey || e.altKey) return;
      const handler = latest.current[e.key];
      if (!handler) return;
      // Space on a focused button would also click it: one action per key.
      e.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** The live shortcuts, on the whole window while the live panel is open. */
export function useLiveKeys(a: LiveKeyActions): void {
  useWindowKeys({
    ' ': a.toggle,
    ArrowRight: a.next,
    ArrowLeft: a.previous,
    '+': a.plus,
    '=': a.plus,
    '-': a.minus,
    b: a.blackout,
    B: a.blackout,
    k: a.timer,
    K: a.timer,
    PageDown: a.nextQuestion,
    PageUp: a.previousQuestion,
    v: a.question,
    V: a.question,
    l: a.allQuestions,
    L: a.allQuestions,
  });
}
