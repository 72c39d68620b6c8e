import { useId, type InputHTMLAttributes, type Ref } from 'react';
import type { CalendarDate } from '../../../shared/dates/calendar-date.js';
import { readDay, type DayOptions } from '../../../shared/dates/relative-date.js';
import { useI18n } from '../i18n/i18n.js';
import { dayReadingText } from './date-reading-text.js';
import { ReadingLine } from './ReadingLine.js';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  ref?: Ref<HTMLInputElement>;
  value: string;
  onValueChange(text: string): void;
  today: CalendarDate;
  past: DayOptions['past'];
  /** The form was sent: a refusal now shows as an error. */
  invalid?: boolean;
}

/** A day as people say it ("volgende week dinsdag", "15 maart"), with the full date it reads shown while typing. */
export function DayInput({ value, onValueChange, today, past, invalid = false, 'aria-describedby': describedBy, ...rest }: Props) {
  const { t, language } = useI18n();
  const readingId = useId();
  const reading = dayReadingText(readDay(value, today, { past }), language, t.fields);
  return (
    <>
      <input
        {...rest}
        type="text"
        value={value}
        onChange={(e) => onValueChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid && reading?.ok !== true ? true : undefined}
        aria-describedby={[readingId, describedBy].filter(Boolean).join(' ')}
      />
      <ReadingLine id={readingId} reading={reading} invalid={invalid} />
    </>
  );
}
