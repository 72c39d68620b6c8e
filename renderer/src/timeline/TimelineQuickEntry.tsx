import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  focusSignal: number;
  /** Resolves true when main took the card. */
  onAdd(text: string, teller: string): Promise<boolean>;
  onClose(): void;
}

/** Stories at the pace they are told: the date as people know it, then the title, Enter, the next. */
export function TimelineQuickEntry({ focusSignal, onAdd, onClose }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [teller, setTeller] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  useEffect(() => input.current?.focus(), [focusSignal]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const value = text.trim();
      if (!value) return;
      setText('');
      void onAdd(value, teller.trim()).then((saved) => {
        if (!saved) setText((current) => current || value);
      });
    }
  };

  return (
    <div className="quick-entry" role="group" aria-label={t.timeline.quickEntry}>
      <label>
        <span>{t.timeline.quickEntryText}</span>
        <input
          ref={input}
          value={text}
          maxLength={240}
          placeholder={t.timeline.quickEntryPlaceholder}
          aria-describedby={hintId}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </label>
      <label className="quick-entry-author">
        <span>{t.timeline.quickEntryTeller}</span>
        <input value={teller} maxLength={80} onChange={(e) => setTeller(e.target.value)} onKeyDown={onKeyDown} />
      </label>
      <button type="button" onClick={onClose}>
        {t.timeline.quickEntryClose}
      </button>
      <p id={hintId} className="quick-entry-hint">
        {t.timeline.quickEntryHint}
      </p>
    </div>
  );
}
