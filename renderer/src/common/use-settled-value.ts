import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * `value`, taken over at most once every `ms`: the latest one at the end of
 * each interval, as a transition that gives way to anything urgent. For what
 * may trail what the room sees by a moment, such as a text list of
 * thousands of notes while they are typed in at speaking pace. `initial`
 * is shown until the first value is taken, just after the first paint.
 */
export function useSettledValue<T>(value: T, ms: number, initial: T = value): T {
  const [settled, setSettled] = useState(initial);
  const takenAt = useRef(0);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(
      () => {
        takenAt.current = performance.now();
        startTransition(() => setSettled(value));
      },
      Math.max(0, takenAt.current + ms - performance.now()),
    );
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
