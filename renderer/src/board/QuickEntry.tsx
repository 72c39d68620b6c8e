import { useEffect, useId, useRef, useState } from 'react';
import type { ReadingText } from '../common/date-reading-text.js';
import { ReadingLine } from '../common/ReadingLine.js';
import { useI18n } from '../i18n/i18n.js';

/** What the two fields are called: a note and its author by default, or a story and its teller. */
export interface QuickEntryLabels {
  group: string;
  text: string;
  second: string;
  hint: string;
  close: string;
  placeholder?: string;
}

interface Props {
  /** Changes each time the facilitator asks for quick entry, so a second N brings focus back. */
  focusSignal: number;
  /** Resolves true when main took it; the field then empties for the next one. */
  onAdd(text: string, second: string): Promise<boolean>;
  onClose(): void;
  labels?: QuickEntryLabels;
  maxLength?: number;
  /** What the text will be read as, shown before Enter (a historielijn's date). */
  describe?(text: string): ReadingText | null;
}

/** Typing at speaking pace: Enter saves and stays open for the next idea, Escape stops. */
export function QuickEntry({ focusSignal, onAdd, onClose, labels, maxLength = 500, describe }: Props) {
  const { t } = useI18n();
  const l = labels ?? {
    group: t.board.quickEntry,
    text: t.board.quickEntryText,
    second: t.board.quickEntryAuthor,
    hint: t.board.quickEntryHint,
    close: t.board.quickEntryClose,
  };
  const [text, setText] = useState('');
  const [second, setSecond] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const readingId = useId();
  useEffect(() => input.current?.focus(), [focusSignal]);

  const save = () => {
    const value = text.trim();
    if (!value) return;
    // Cleared at once, so typing the next idea never waits for main.
    setText('');
    void onAdd(value, second.trim()).then((saved) => {
      if (!saved) setText((current) => current || value);
    });
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      save();
    }
  };

  return (
    <div className="quick-entry" role="group" aria-label={l.group}>
      <label>
        <span>{l.text}</span>
        <input
          ref={input}
          value={text}
          maxLength={maxLength}
          placeholder={l.placeholder}
          aria-describedby={describe ? `${readingId} ${hintId}` : hintId}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </label>
      <label className="quick-entry-author">
        <span>{l.second}</span>
        <input value={second} maxLength={80} onChange={(e) => setSecond(e.target.value)} onKeyDown={onKeyDown} />
      </label>
      <button type="button" onClick={onClose}>
        {l.close}
      </button>
      <p id={hintId} className="quick-entry-hint">
        {l.hint}
      </p>
      {describe && <ReadingLine id={readingId} reading={describe(text)} invalid={false} />}
    </div>
  );
}
