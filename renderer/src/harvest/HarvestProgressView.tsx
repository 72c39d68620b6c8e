import { useEffect, useRef } from 'react';
import type { HarvestExport } from '../../../shared/contract/requests.js';
import { useI18n } from '../i18n/i18n.js';
import type { HarvestProgress } from './use-harvest-export.js';

/** Where "Oogst maken" is, read out as it moves on: board n of m, then the report. */
export function HarvestProgressView({ progress }: { progress: HarvestProgress | null }) {
  const { t } = useI18n();
  const text = !progress ? '' : progress.step === 'board' ? t.harvest.progress.board(progress.n, progress.of, progress.title) : t.harvest.progress.report;
  // The last step (the report) counts as one more than the boards.
  const of = progress?.step === 'board' ? progress.of + 1 : 1;
  const at = progress?.step === 'board' ? progress.n - 1 : of;
  return (
    <div className="harvest-progress">
      {progress && <progress aria-label={t.harvest.progress.label} max={of} value={at} />}
      <p role="status">{text}</p>
    </div>
  );
}

/** What the harvest wrote: the folder, its files, and who the mail is for. */
export function HarvestWritten({ written, titles, notes }: { written: HarvestExport; titles: ReadonlyMap<string, string>; notes: string[] }) {
  const { t } = useI18n();
  const d = t.harvest.done;
  const fileName = (file: string) => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const withoutImage = written.boardsWithoutImage.map((id) => titles.get(id) ?? id);
  const heading = useRef<HTMLHeadingElement>(null);
  // What was written is the answer to the button: focus goes there, and the dialog scrolls to it.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, [written]);
  return (
    <section className="harvest-written" aria-labelledby="harvest-written-heading">
      <h3 id="harvest-written-heading" ref={heading} tabIndex={-1}>{d.heading}</h3>
      <p className="harvest-folder">{d.folder(written.folder)}</p>
      <p>{d.files}:</p>
      <ul>
        {written.files.map((file) => (
          <li key={file}>{fileName(file)}</li>
        ))}
      </ul>
      <p>{written.mailOpened ? d.mailOpened(written.recipients.length) : d.mail(written.recipients.length)}</p>
      {withoutImage.length > 0 && <p>{d.withoutImage(withoutImage.join(', '))}</p>}
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </section>
  );
}
