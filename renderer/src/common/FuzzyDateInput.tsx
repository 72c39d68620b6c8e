import { useId, type InputHTMLAttributes, type Ref } from 'react';
import { readFuzzyDate } from '../../../shared/dates/fuzzy-date-read.js';
import { useI18n } from '../i18n/i18n.js';
import { fuzzyReadingText } from './date-reading-text.js';
import { ReadingLine } from './ReadingLine.js';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  ref?: Ref<HTMLInputElement>;
  value: string;
  onValueChange(text: string): void;
  /** The form was sent: a refusal now shows as an error. */
  invalid?: boolean;
}

/** A date at the precision people know it ("Q3 2019", "zomer ’19"), with what it reads shown while typing. */
export function FuzzyDateInput({ value, onValueChange, invalid = false, 'aria-describedby': describedBy, ...rest }: Props) {
  const { t, language } = useI18n();
  const readingId = useId();
  const reading = fuzzyReadingText(readFuzzyDate(value), language, t.fields);
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
