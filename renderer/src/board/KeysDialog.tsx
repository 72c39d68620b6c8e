import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n.js';

/** A board's keys, one a line; the strings keep them as one line joined by " · ". */
export function KeysDialog({ keys, onClose }: { keys: string; onClose(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    // The dialog is gone before it closes, so the browser cannot hand focus back; this does.
    return () => {
      dialog?.close();
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog keys-dialog"
      aria-labelledby={headingId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={headingId}>{t.board.shortcuts}</h2>
      <ul>
        {[...keys.split(' · '), t.preview.key].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" autoFocus onClick={onClose}>
          {t.board.close}
        </button>
      </div>
    </dialog>
  );
}
