import { useState } from 'react';
import type { Session } from '../../../shared/sessions/session.js';
import { useClient } from '../client/client-context.js';
import { ConfirmDialog } from '../common/ConfirmDialog.js';
import { ErrorList } from '../common/ErrorList.js';
import { focusKeyWhenReady } from '../common/focus-keeper.js';
import { useI18n } from '../i18n/i18n.js';
import { SessionForm } from './SessionForm.js';
import { SessionRow } from './SessionRow.js';
import { useErrorText } from './use-error-text.js';

interface Props {
  sessions: Session[];
  openSessionId: string | null;
  onOpen(id: string): void;
  onBackups(): void;
}

/** The overview: newest planned first, create, rename, open and delete. */
export function SessionList({ sessions, openSessionId, onOpen, onBackups }: Props) {
  const { t } = useI18n();
  const client = useClient();
  const toText = useErrorText();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Session | undefined>();
  const [errors, setErrors] = useState<string[]>([]);

  const sorted = [...sessions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  const createDemo = async () => {
    const result = await client.request('session.createDemo', {});
    if (result.ok) onOpen(result.value.id);
    else setErrors(toText(result.error));
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    const result = await client.request('session.delete', { id: deleting.id });
    setDeleting(undefined);
    setErrors(result.ok ? [] : toText(result.error));
  };

  return (
    <section className="session-list" aria-labelledby="sessions-heading">
      <div className="section-head">
        <h1 id="sessions-heading">{t.sessions.heading}</h1>
        {!creating && (
          <>
            <button type="button" onClick={onBackups}>
              {t.backup.open}
            </button>
            <button type="button" onClick={() => void createDemo()} data-focus-then="session-tab">
              {t.demo.create}
            </button>
            <button type="button" className="primary" onClick={() => setCreating(true)} data-focus-key="session-new">
              {t.sessions.create}
            </button>
          </>
        )}
      </div>
      {creating && (
        // Saved, the new session opens and focus goes to its tabs.
        <div className="focus-carrier" data-focus-then="session-tab">
          <SessionForm
            heading={t.form.newHeading}
            onCancel={() => {
              setCreating(false);
              focusKeyWhenReady('session-new');
            }}
            onSubmit={async (fields) => {
              const result = await client.request('session.create', fields);
              if (result.ok) {
                setCreating(false);
                onOpen(result.value.id);
              }
              return result;
            }}
          />
        </div>
      )}
      <ErrorList messages={errors} />
      {sorted.length === 0 && !creating ? (
        <div className="empty">
          <p>{t.sessions.empty}</p>
          <p>{t.demo.offer}</p>
        </div>
      ) : (
        <ul aria-label={t.sessions.listLabel}>
          {sorted.map((s) => (
            <SessionRow
              key={s.id}
              session={s}
              onBeamer={s.id === openSessionId}
              onOpen={() => onOpen(s.id)}
              onDelete={() => setDeleting(s)}
            />
          ))}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog
          heading={t.confirmDelete.heading}
          body={t.confirmDelete.body(deleting.title)}
          confirmLabel={t.confirmDelete.confirm}
          cancelLabel={t.confirmDelete.cancel}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setDeleting(undefined)}
        />
      )}
    </section>
  );
}
