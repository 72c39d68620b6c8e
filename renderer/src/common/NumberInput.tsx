import type { InputHTMLAttributes, Ref } from 'react';
import { formatDecimal, readDecimal, stepDecimal } from '../../../shared/numbers/decimal-text.js';
import { useI18n } from '../i18n/i18n.js';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max' | 'step'> {
  ref?: Ref<HTMLInputElement>;
  value: string;
  onValueChange(text: string): void;
  min: number;
  max: number;
  step: number;
  /** 0 for whole numbers. */
  fractionDigits?: number;
}

/**
 * A number in the app's language, not the computer's: "6,5" and "6.5" both
 * read as six and a half (a browser's number field set to English makes 65
 * of "6,5"), and a Dutch field shows the comma. Arrow keys step as before.
 */
export function NumberInput({ value, onValueChange, min, max, step, fractionDigits = 2, onKeyDown, onBlur, ...rest }: Props) {
  const { language } = useI18n();
  const number = readDecimal(value);
  const known = typeof number === 'number' && Number.isFinite(number);
  const write = (n: number) => formatDecimal(n, language, fractionDigits);
  return (
    <input
      {...rest}
      type="text"
      role="spinbutton"
      inputMode={fractionDigits > 0 ? 'decimal' : 'numeric'}
      autoComplete="off"
      spellCheck={false}
      value={value}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={known ? number : undefined}
      aria-valuetext={known ? formatDecimal(number, language, 6) : undefined}
      onChange={(e) => onValueChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
          e.preventDefault();
          // From an empty or unreadable field the first step lands on the lowest value.
          onValueChange(write(known ? stepDecimal(number, step, e.key === 'ArrowUp' ? 1 : -1, min, max) : min));
        }
        onKeyDown?.(e);
      }}
      onBlur={(e) => {
        // "6.5" typed in a Dutch field is shown back as "6,5"; never rounded, which would change what was typed.
        if (known && readDecimal(write(number)) === number && write(number) !== value) onValueChange(write(number));
        onBlur?.(e);
      }}
    />
  );
}
