import { useEffect, useRef } from 'react';
import type { ReadingText } from './date-reading-text.js';
import './fields.css';

/**
 * The line beside a date field that says what it read ("= dinsdag 3 maart
 * 2026") or what would work instead. Always there, so screen readers hear
 * each change; red once the form was sent with a refusal in it.
 */
export function ReadingLine({ id, reading, invalid }: { id: string; reading: ReadingText | null; invalid: boolean }) {
  const line = useRef<HTMLParagraphElement>(null);
  const text = reading?.text ?? '';
  useEffect(() => {
    // While its field is being typed in, the line stays in sight, also at the bottom of a scrolling panel.
    const typing = document.activeElement?.getAttribute('aria-describedby')?.split(' ').includes(id);
    if (text && typing) line.current?.scrollIntoView?.({ block: 'nearest' });
  }, [id, text]);
  const state = !reading ? '' : reading.ok ? 'field-reading-ok' : invalid ? 'field-reading-error' : 'field-reading-refused';
  return (
    <p ref={line} id={id} className={`field-reading ${state}`} aria-live="polite">
      {text}
    </p>
  );
}
