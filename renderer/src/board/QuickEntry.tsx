import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  /** Changes each time the facilitator asks for quick entry, so a second N brings focus back. */
  focusSignal: number;
  /** Resolves true when main took the note; the field then empties for the next one. */
  onAdd(text: string, author: string): Promise<boolean>;
  onClose(): void;
}

/** Typing at speaking pace: Enter saves and stays open for the next idea, Escape stops. */
export function QuickEntry({ focusSignal, onAdd, onClose }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [author, setAuthor] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  useEffect(() => input.current?.focus(), [focusSignal]);

  const save = () => {
    const value = text.trim();
    if (!value) return;
    // Cleared at once, so typing the next idea never waits for main.
    setText('');
    void onAdd(value, author.trim()).then((saved) => {
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
    <div className="quick-entry" role="group" aria-label={t.board.quickEntry}>
      <label>
        <span>{t.board.quickEntryText}</span>
        <input ref={input} value={text} maxLength={500} aria-describedby={hintId} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} />
      </label>
      <label className="quick-entry-author">
        <span>{t.board.quickEntryAuthor}</span>
        <input value={author} maxLength={80} onChange={(e) => setAuthor(e.target.value)} onKeyDown={onKeyDown} />
      </label>
      <button type="button" onClick={onClose}>
        {t.board.quickEntryClose}
      </button>
      <p id={hintId} className="quick-entry-hint">
        {t.board.quickEntryHint}
      </p>
    </div>
  );
}
