import type { Session } from '../../../shared/session.js';
import { useClient } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';
import { SessionForm } from './SessionForm.js';

interface Props {
  session: Session;
  onBeamer: boolean;
  onBack(): void;
}

/** One open session: its details, and whether the beamer shows it. */
export function SessionDetail({ session, onBeamer, onBack }: Props) {
  const { t } = useI18n();
  const client = useClient();
  const { id, createdAt: _c, updatedAt: _u, ...fields } = session;
  return (
    <section className="session-detail" aria-labelledby="detail-heading">
      <div className="section-head">
        <button type="button" onClick={onBack}>
          ← {t.detail.back}
        </button>
        <h1 id="detail-heading">{session.title}</h1>
        {onBeamer ? (
          <span className="badge" role="status">
            {t.detail.shownOnBeamer}
          </span>
        ) : (
          <button type="button" onClick={() => void client.request('session.open', { id })}>
            {t.detail.showOnBeamer}
          </button>
        )}
      </div>
      <SessionForm
        key={id}
        heading={t.form.editHeading}
        initial={fields}
        onSubmit={(changes) => client.request('session.update', { id, changes })}
      />
    </section>
  );
}
