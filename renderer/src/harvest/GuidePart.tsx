import { useId } from 'react';
import { ErrorList } from '../common/ErrorList.js';
import { useI18n } from '../i18n/i18n.js';
import { useGuideExport } from './use-guide-export.js';

/** The participant guide, to print before the session: one button, and where the PDF went. */
export function GuidePart({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const guide = useGuideExport(sessionId);
  const headingId = useId();
  const helpId = useId();
  return (
    <section className="harvest-guide" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.harvest.guide.heading}</h3>
      <p id={helpId} className="harvest-help">
        {t.harvest.guide.help}
      </p>
      <button type="button" aria-describedby={helpId} aria-disabled={guide.busy} onClick={() => void guide.make()}>
        {t.harvest.guide.make}
      </button>
      <p role="status" className="harvest-path">
        {guide.status}
      </p>
      <ErrorList messages={guide.errors} />
    </section>
  );
}
