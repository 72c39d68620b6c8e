import { useId, type InputHTMLAttributes, type Ref } from 'react';
import { readClockTime, stepClockTime } from '../../../shared/dates/clock-time.js';
import { useI18n } from '../i18n/i18n.js';
import { ReadingLine } from './ReadingLine.js';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  ref?: Ref<HTMLInputElement>;
  value: string;
  onValueChange(text: string): void;
  /** The field was left: `HH:mm`, '' for empty, or undefined when it does not read as a time. */
  onCommit?(time: string | undefined): void;
  /** Minutes per arrow key; Page Up and Page Down move an hour. */
  stepMinutes?: number;
  invalid?: boolean;
}

const STEP_KEYS: Record<string, (step: number) => number> = {
  ArrowUp: (step) => step,
  ArrowDown: (step) => -step,
  PageUp: () => 60,
  PageDown: () => -60,
};

/**
 * A clock time on the 24-hour clock, whatever the computer's language: a
 * browser's own time field follows the system and shows AM/PM on an English
 * one. Takes "9:30", "9.30", "930", "21:05"; shows HH:mm once left.
 */
export function TimeInput({ value, onValueChange, onCommit, stepMinutes = 5, invalid = false, onBlur, onKeyDown, 'aria-describedby': describedBy, ...rest }: Props) {
  const { t } = useI18n();
  const readingId = useId();
  const time = readClockTime(value);
  const reading = time === undefined ? { ok: false, text: t.fields.time.hint } : time !== value.trim() ? { ok: true, text: t.fields.reading(time) } : null;
  return (
    <>
      <input
        {...rest}
        type="text"
        inputMode="text"
        value={value}
        placeholder={t.fields.time.placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid || undefined}
        aria-describedby={[readingId, describedBy].filter(Boolean).join(' ')}
        aria-keyshortcuts="ArrowUp ArrowDown PageUp PageDown"
        onChange={(e) => onValueChange(e.target.value)}
        onKeyDown={(e) => {
          const step = STEP_KEYS[e.key];
          if (step && time) {
            e.preventDefault();
            onValueChange(stepClockTime(time, step(stepMinutes)));
          }
          onKeyDown?.(e);
        }}
        onBlur={(e) => {
          if (time !== undefined && time !== value) onValueChange(time);
          onCommit?.(time);
          onBlur?.(e);
        }}
      />
      <ReadingLine id={readingId} reading={reading} invalid={invalid} />
    </>
  );
}
