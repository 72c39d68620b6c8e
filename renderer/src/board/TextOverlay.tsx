import { useEffect, useRef, useState } from 'react';

interface Props {
  /** Where it sits, in pixels within the board. */
  left: number;
  top: number;
  width: number;
  height: number;
  fontSize: number;
  initial: string;
  label: string;
  multiline: boolean;
  maxLength: number;
  onSave(text: string): void;
  onCancel(): void;
}

/**
 * Editing in place: a text field over the note or cluster title. Enter saves
 * (Shift+Enter is a new line in a note), Escape leaves it as it was.
 */
export function TextOverlay({ left, top, width, height, fontSize, initial, label, multiline, maxLength, onSave, onCancel }: Props) {
  const [value, setValue] = useState(initial);
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    if (save && value.trim() && value !== initial) onSave(value.trim());
    else onCancel();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      finish(false);
    } else if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      finish(true);
    }
  };
  const style = { left, top, width, height, fontSize };
  const common = {
    ref: field,
    className: 'text-overlay',
    'aria-label': label,
    value,
    maxLength,
    style,
    onChange: (e: React.ChangeEvent<HTMLTextAreaElement & HTMLInputElement>) => setValue(e.target.value),
    onKeyDown,
    onBlur: () => finish(true),
  };
  return multiline ? <textarea {...common} /> : <input {...common} />;
}
