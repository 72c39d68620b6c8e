import './harvest.css';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { DEFAULT_NAME_DISPLAY } from '../../../shared/participants/name-display.js';
import type { HarvestNames } from '../../../shared/harvest/report-model.js';
import { MAIL_ATTACHMENT_LIMIT } from '../../../shared/contract/requests.js';
import { useClientState } from '../client/client-context.js';
import { ErrorList } from '../common/ErrorList.js';
import { useI18n } from '../i18n/i18n.js';
import { attachmentEstimate, megabytes, overMailLimit } from './draw-pictures.js';
import { GuidePart } from './GuidePart.js';
import { HarvestProgressView, HarvestWritten } from './HarvestProgressView.js';
import { NamesChoice } from './NamesChoice.js';
import { RecipientList } from './RecipientList.js';
import { ReportPreview } from './ReportPreview.js';
import { useHarvestExport } from './use-harvest-export.js';
import { useHarvestPictures } from './use-harvest-pictures.js';

/**
 * The harvest of one session: how names show, who gets the mail, the
 * report's first page and the mail's size, then "Oogst maken"; and the
 * participant guide beside it.
 */
export function HarvestDialog({ sessionId, onClose }: { sessionId: string; onClose(): void }) {
  const { t, language } = useI18n();
  const h = t.harvest;
  const { snapshot } = useClientState();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const introId = useId();
  const [names, setNames] = useState<HarvestNames>(DEFAULT_NAME_DISPLAY);
  const [leaveOut, setLeaveOut] = useState<Set<string>>(new Set());
  const [mailImages, setMailImages] = useState(true);
  const { boards, pictures, picture } = useHarvestPictures(sessionId, names);
  const harvest = useHarvestExport(sessionId);
  const participants = snapshot?.participants[sessionId] ?? [];

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    // The first choice to make, rather than the close button that comes first.
    dialog?.querySelector<HTMLElement>('input[type="radio"]:checked')?.focus();
    // The dialog is gone before it closes, so the browser cannot hand focus back; this does.
    return () => {
      dialog?.close();
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, []);

  const withImage = useMemo(() => new Set(pictures ? boards.filter((_, i) => pictures[i]).map((b) => b.id) : boards.map((b) => b.id)), [boards, pictures]);
  const boardHasImage = useCallback((id: string) => withImage.has(id), [withImage]);
  // The warning stays once the pictures are left out, so the choice can be undone.
  const withPictures = pictures ? attachmentEstimate(pictures, true) : 0;
  const tooBig = overMailLimit(withPictures);
  const estimate = pictures ? attachmentEstimate(pictures, mailImages || !tooBig) : null;
  const titles = useMemo(() => new Map(boards.map((b) => [b.id, b.title])), [boards]);
  const busy = harvest.progress !== null;
  const make = () => {
    void harvest.make({ names, leaveOut: [...leaveOut], mailImages: mailImages || !tooBig }, boards, picture);
  };

  return (
    <dialog
      ref={ref}
      className="harvest-dialog"
      aria-labelledby={headingId}
      aria-describedby={introId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <div className="harvest-head">
        <h2 id={headingId}>{h.heading}</h2>
        <button type="button" onClick={onClose} disabled={busy}>
          {h.close}
        </button>
      </div>
      <p id={introId}>{h.intro}</p>
      <div className="harvest-columns">
        <div className="harvest-options">
          <NamesChoice names={names} disabled={busy} onNames={setNames} />
          <RecipientList participants={participants} leaveOut={leaveOut} onLeaveOut={setLeaveOut} />
          <ErrorList messages={harvest.errors} />
          {harvest.written && <HarvestWritten written={harvest.written} titles={titles} notes={harvest.notes} />}
        </div>
        <ReportPreview sessionId={sessionId} names={names} boardHasImage={boardHasImage} />
      </div>
      <div className="harvest-foot">
        <div className="harvest-size">
          <p role="status">{estimate === null ? h.size.drawing : h.size.estimate(megabytes(estimate, language), pictures?.filter(Boolean).length ?? 0)}</p>
          {tooBig && (
            <div className="harvest-warning">
              <p>{h.size.tooBig(megabytes(withPictures, language), MAIL_ATTACHMENT_LIMIT / (1024 * 1024))}</p>
              <label>
                <input type="checkbox" checked={!mailImages} aria-describedby="harvest-leave-out-help" onChange={(e) => setMailImages(!e.target.checked)} />
                {h.size.leaveOut}
              </label>
              <p id="harvest-leave-out-help" className="harvest-help">
                {h.size.leaveOutHelp}
              </p>
            </div>
          )}
          <HarvestProgressView progress={harvest.progress} />
        </div>
        <button type="button" className="primary harvest-make" aria-disabled={busy} onClick={() => !busy && make()}>
          {h.make}
        </button>
      </div>
      <GuidePart sessionId={sessionId} />
    </dialog>
  );
}
