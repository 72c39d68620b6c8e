import { useEffect, useId, useRef, useState } from 'react';
import { returnFocusTo } from './focus-keeper.js';

interface Props {
  heading: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal question; Escape and the cancel button both say no. Closed, it gives focus back to what opened it. */
export function ConfirmDialog({ heading, body, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const bodyId = useId();
  const [opener] = useState(() => document.activeElement);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // What opened it may go with what was confirmed (a deleted row): then focus goes near where it was.
    returnFocusTo(dialog, opener);
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, [opener]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={headingId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={headingId}>{heading}</h2>
      <p id={bodyId}>{body}</p>
      <div className="actions">
        <button type="button" autoFocus onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
