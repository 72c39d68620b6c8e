import { useState, type FormEvent } from 'react';
import type { Session } from '../../../shared/sessions/session.js';
import { useClient } from '../client/client-context.js';
import { ErrorList } from '../common/ErrorList.js';
import { formatSessionDate } from '../common/format-date.js';
import { useI18n } from '../i18n/i18n.js';
import { useErrorText } from './use-error-text.js';

interface Props {
  session: Session;
  onBeamer: boolean;
  onOpen(): void;
  onDelete(): void;
}

/** One session in the list, renamed in place (Enter saves, Escape cancels). */
export function SessionRow({ session, onBeamer, onOpen, onDelete }: Props) {
  const { t, language } = useI18n();
  const client = useClient();
  const toText = useErrorText();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(session.title);
  const [errors, setErrors] = useState<string[]>([]);

  const startRename = () => {
    setTitle(session.title);
    setErrors([]);
    setRenaming(true);
  };

  const saveRename = async (e: FormEvent) => {
    e.preventDefault();
    const result = await client.request('session.update', { id: session.id, changes: { title } });
    if (result.ok) setRenaming(false);
    else setErrors(toText(result.error));
  };

  const when = [formatSessionDate(session.date, language), session.startTime && `${session.startTime}–${session.endTime}`]
    .filter(Boolean)
    .join(', ');

  return (
    <li className={`session-row${onBeamer ? ' on-beamer' : ''}`}>
      {renaming ? (
        <form className="rename" onSubmit={saveRename} data-focus-then={`session-rename-${session.id}`}>
          <input
            aria-label={t.sessions.renameLabel(session.title)}
            value={title}
            autoFocus
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setRenaming(false);
            }}
          />
          <button type="submit" className="primary">
            {t.form.save}
          </button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t.form.cancel}
          </button>
          <ErrorList messages={errors} />
        </form>
      ) : (
        <>
          <div className="session-summary">
            <h3>{session.title}</h3>
            <p className="meta">
              {when || t.sessions.untimed}
              {session.venue && ` · ${session.venue}`}
            </p>
            {onBeamer && <span className="badge">{t.sessions.onBeamer}</span>}
          </div>
          <div className="actions">
            <button type="button" className="primary" aria-label={t.sessions.openLabel(session.title)} onClick={onOpen} data-focus-key={`session-${session.id}`} data-focus-then="session-tab">
              {t.sessions.open}
            </button>
            <button type="button" aria-label={t.sessions.renameButtonLabel(session.title)} onClick={startRename} data-focus-key={`session-rename-${session.id}`}>
              {t.sessions.rename}
            </button>
            <button type="button" className="danger" aria-label={t.sessions.deleteLabel(session.title)} onClick={onDelete}>
              {t.sessions.delete}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
