import { useEffect, useId, useRef, useState } from 'react';
import { CopyIcon } from '../common/CopyIcon.js';
import { returnFocusTo } from '../common/focus-keeper.js';
import { useErrorText } from '../facilitator/use-error-text.js';
import { useI18n } from '../i18n/i18n.js';
import { QrCode } from './QrCode.js';
import { useLan } from './use-lan.js';
import './lan.css';

/** Turns the beamer on the room's network on and off, and shows its address to type or scan. */
export function LanDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const lan = useLan();
  const ref = useRef<HTMLDialogElement>(null);
  const addressRef = useRef<HTMLTextAreaElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const selectId = useId();
  const addressId = useId();
  const [opener] = useState(() => document.activeElement);
  const [chosen, setChosen] = useState<string>();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    returnFocusTo(dialog, opener);
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, [opener]);

  // Turned off here: the button that turns it on again takes the place of the one that went.
  useEffect(() => {
    if (lan.stopped && !lan.status.on) startRef.current?.focus();
  }, [lan.stopped, lan.status.on]);

  const interfaces = lan.interfaces;
  const address = chosen ?? interfaces?.[0]?.address;
  const status = lan.status;

  const copy = async () => {
    if (!status.on) return;
    addressRef.current?.select();
    try {
      await navigator.clipboard.writeText(status.url);
    } catch {
      // Where the clipboard is not offered, the address is selected for Ctrl+C.
      document.execCommand('copy');
    }
    setCopied(true);
  };

  return (
    <dialog
      ref={ref}
      className="lan-dialog"
      aria-labelledby={headingId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={headingId}>{t.lan.heading}</h2>
      <p>{t.lan.intro}</p>
      {status.on ? (
        <div className="lan-on">
          <p className="lan-state" role="status">{t.lan.onAt(`${status.interface.name} (${status.interface.address})`)}</p>
          <div className="lan-address">
            <div className="lan-address-text">
              <label htmlFor={addressId}>{t.lan.address}</label>
              <div className="lan-copy-row">
                <textarea id={addressId} ref={addressRef} readOnly rows={2} spellCheck={false} value={status.url} onFocus={(e) => e.currentTarget.select()} />
                <button type="button" onClick={() => void copy()}>
                  <CopyIcon /> {t.lan.copy}
                </button>
              </div>
              <p className="lan-note" role="status">
                {copied ? t.lan.copied : ''}
              </p>
              <p>{t.lan.howTo(status.maxBeamers)}</p>
              <button type="button" className="danger" disabled={lan.busy} onClick={() => void lan.stop()}>
                {t.lan.stop}
              </button>
            </div>
            <QrCode qr={status.qr} label={t.lan.qr} />
          </div>
        </div>
      ) : interfaces === undefined ? (
        <p role="status">{t.lan.loading}</p>
      ) : interfaces.length === 0 && !lan.error ? (
        <p role="alert">{t.lan.noInterface}</p>
      ) : (
        <div className="lan-off">
          <p role="status">{lan.stopped ? t.lan.stopped : t.lan.off}</p>
          {interfaces.length > 0 && (
            <div className="lan-choose">
              <label htmlFor={selectId}>{t.lan.chooseInterface}</label>
              <select id={selectId} value={address} onChange={(e) => setChosen(e.target.value)}>
                {interfaces.map((i) => (
                  <option key={`${i.name} ${i.address}`} value={i.address}>
                    {i.name} · {i.address}
                  </option>
                ))}
              </select>
              <button type="button" className="primary" ref={startRef} disabled={lan.busy || !address} onClick={() => address && void lan.start(address)}>
                {t.lan.start}
              </button>
            </div>
          )}
        </div>
      )}
      {lan.error && (
        <p className="lan-error" role="alert">
          {errorText(lan.error).join(' ')}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t.lan.close}
        </button>
      </div>
    </dialog>
  );
}
