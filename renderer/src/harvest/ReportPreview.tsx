import { useId, useMemo } from 'react';
import type { HarvestNames } from '../../../shared/harvest/report-model.js';
import { buildReport } from '../../../shared/harvest/report.js';
import { useClientState } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  sessionId: string;
  names: HarvestNames;
  boardHasImage(boardId: string): boolean;
}

/**
 * The report's first page before anything is written: its cover and what
 * follows, built by the same code main lays out as the PDF, from this
 * window's own copy of the state.
 */
export function ReportPreview({ sessionId, names, boardHasImage }: Props) {
  const { t, language } = useI18n();
  const { snapshot } = useClientState();
  const headingId = useId();
  const report = useMemo(() => (snapshot ? buildReport(snapshot, sessionId, { names, lang: language, boardHasImage }) : null), [snapshot, sessionId, names, language, boardHasImage]);
  return (
    <section className="harvest-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.harvest.preview.heading}</h3>
      {report ? (
        <div className="harvest-page" role="group" aria-label={t.harvest.preview.label}>
          <p className="harvest-page-kind">{report.cover.kind}</p>
          <p className="harvest-page-title">{report.cover.title}</p>
          <dl className="harvest-page-facts">
            {report.cover.facts.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <p className="harvest-page-contents">{t.harvest.preview.contents}</p>
          <ol className="harvest-page-sections">
            {report.sections.map((section, i) => (
              <li key={`${i}-${section.title}`}>{section.title}</li>
            ))}
          </ol>
        </div>
      ) : (
        <p>{t.harvest.preview.waiting}</p>
      )}
    </section>
  );
}
