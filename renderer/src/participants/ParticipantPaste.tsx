import { useEffect, useId, useRef, useState } from 'react';
import {
  parsePastedParticipants,
  readableRows,
  rowsWithWarnings,
  unreadableRows,
  type PasteResult,
} from '../../../shared/participants/participant-paste.js';
import { PARTICIPANT_LIMITS } from '../../../shared/participants/participant.js';
import { useClient } from '../client/client-context.js';
import { ErrorList } from '../common/ErrorList.js';
import { useI18n } from '../i18n/i18n.js';
import { PastePreviewTable } from './PastePreviewTable.js';
import { problemLineText } from './problem-text.js';
import { useParticipantErrorText } from './use-participant-error-text.js';

/**
 * A list pasted from a spreadsheet: read in the window, shown as a preview
 * with every unreadable row named, and sent to main only on confirm.
 */
export function ParticipantPaste({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const p = t.participants;
  const client = useClient();
  const toText = useParticipantErrorText();
  const id = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const previewHeadingRef = useRef<HTMLHeadingElement>(null);
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<PasteResult | null>(null);
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  // A new preview takes focus, so its status is read out and Tab reaches the buttons.
  useEffect(() => {
    if (preview) previewHeadingRef.current?.focus();
  }, [preview]);

  const showPreview = () => {
    setErrors([]);
    if (text.trim() === '') {
      setMessage(p.paste.nothingPasted);
      textareaRef.current?.focus();
      return;
    }
    setMessage('');
    setPreview(parsePastedParticipants(text));
  };

  const cancel = () => {
    setPreview(null);
    setErrors([]);
    textareaRef.current?.focus();
  };

  const readable = preview ? readableRows(preview) : [];
  const unreadable = preview ? unreadableRows(preview) : [];
  const warned = preview ? rowsWithWarnings(preview) : [];
  const tooMany = readable.length > PARTICIPANT_LIMITS.import;

  const confirm = async () => {
    if (busy || readable.length === 0 || tooMany) return;
    setBusy(true);
    const result = await client.request('participant.import', {
      sessionId,
      participants: readable.map((row) => row.fields),
    });
    setBusy(false);
    if (!result.ok) {
      setErrors(toText(result.error));
      return;
    }
    setPreview(null);
    setText('');
    setErrors([]);
    setMessage(p.paste.imported(result.value.length));
    textareaRef.current?.focus();
  };

  const counts =
    readable.length === 0
      ? p.paste.noneReadable
      : unreadable.length === 0
        ? p.paste.statusAllReadable(readable.length)
        : p.paste.status(readable.length, unreadable.length);
  const status = readable.length > 0 && warned.length > 0 ? `${counts}; ${p.paste.warningsCount(warned.length)}` : counts;

  return (
    <section className="participant-paste" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{p.paste.heading}</h3>
      <p className="hint" id={`${id}-intro`}>
        {p.paste.intro}
      </p>
      <div className="field">
        <label htmlFor={`${id}-text`}>{p.paste.textareaLabel}</label>
        <textarea
          id={`${id}-text`}
          ref={textareaRef}
          rows={8}
          value={text}
          spellCheck={false}
          aria-describedby={`${id}-intro`}
          onChange={(e) => {
            // The preview is of the text as it was; a change asks for a new one.
            setText(e.target.value);
            setPreview(null);
            setMessage('');
          }}
        />
      </div>
      <div className="actions">
        <button type="button" onClick={showPreview}>
          {p.paste.preview}
        </button>
        <span role="status">{message}</span>
      </div>

      {preview && (
        <section className="paste-preview" aria-labelledby={`${id}-preview-heading`}>
          <h4 id={`${id}-preview-heading`} ref={previewHeadingRef} tabIndex={-1} aria-describedby={`${id}-status`}>
            {p.paste.previewHeading}
          </h4>
          <p id={`${id}-status`} className={`paste-status${unreadable.length > 0 ? ' has-problems' : ''}`} role="status">
            {status}
          </p>
          {preview.header && <p className="hint">{p.paste.headerFound}</p>}
          {preview.unusedHeadings.length > 0 && (
            <p className="hint">{p.paste.unusedHeadings(preview.unusedHeadings.join(', '))}</p>
          )}
          {preview.unusedColumns.length > 0 && <p className="hint">{p.paste.unusedColumns(preview.unusedColumns.join(', '))}</p>}
          {unreadable.length > 0 && (
            <div className="paste-problems">
              <h5 id={`${id}-problems-heading`}>{p.paste.problemsHeading}</h5>
              <ul aria-labelledby={`${id}-problems-heading`}>
                {unreadable.map((row) => (
                  <li key={row.line}>{problemLineText(row, p)}</li>
                ))}
              </ul>
            </div>
          )}
          {warned.length > 0 && (
            <div className="paste-problems paste-warnings">
              <h5 id={`${id}-warnings-heading`}>{p.paste.warningsHeading}</h5>
              <ul aria-labelledby={`${id}-warnings-heading`}>
                {warned.map((row) => (
                  <li key={row.line}>{problemLineText(row, p)}</li>
                ))}
              </ul>
            </div>
          )}
          {tooMany && (
            <p className="errors" role="alert">
              {p.paste.tooMany(PARTICIPANT_LIMITS.import)}
            </p>
          )}
          <PastePreviewTable result={preview} />
          <ErrorList messages={errors} />
          <div className="actions">
            <button type="button" onClick={cancel}>
              {p.paste.cancel}
            </button>
            {readable.length > 0 && (
              <button type="button" className="primary" disabled={tooMany} onClick={() => void confirm()}>
                {p.paste.confirm(readable.length)}
              </button>
            )}
          </div>
        </section>
      )}
    </section>
  );
}
