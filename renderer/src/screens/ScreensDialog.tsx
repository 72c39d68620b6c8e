import { useEffect, useId, useRef, useState } from 'react';
import type { ListedScreen, ScreensOverview } from '../../../shared/screens/screens.js';
import { useI18n } from '../i18n/i18n.js';
import { useErrorText } from '../facilitator/use-error-text.js';
import { useScreensPicker } from './use-screens.js';
import './screens.css';

/** Which display gets the beamer: each one numbered, named and sized as the system reports it. */
export function ScreensDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const picker = useScreensPicker();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [opener] = useState(() => document.activeElement);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The dialog is gone before it closes, so the browser cannot hand focus back; this does.
    return () => {
      dialog?.close();
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, [opener]);

  const { overview, error } = picker;
  const desktopOnly = error?.code === 'desktop_only';
  return (
    <dialog
      ref={ref}
      className="confirm-dialog screens-dialog"
      aria-labelledby={headingId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={headingId}>{t.screens.heading}</h2>
      {desktopOnly ? (
        <p className="screens-desktop-only">{t.screens.desktopOnly}</p>
      ) : overview ? (
        <ScreensBody overview={overview} picker={picker} />
      ) : (
        !error && <p role="status">{t.screens.loading}</p>
      )}
      {error && !desktopOnly && (
        <div role="alert" className="screens-error">
          {errorText(error).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <div className="actions">
        <button type="button" autoFocus onClick={onClose}>
          {t.screens.close}
        </button>
      </div>
    </dialog>
  );
}

function ScreensBody({ overview, picker }: { overview: ScreensOverview; picker: ReturnType<typeof useScreensPicker> }) {
  const { t } = useI18n();
  const listId = useId();
  const waiting = overview.waitingFor;
  return (
    <>
      {overview.situation !== 'several' && <p className="screens-situation">{overview.situation === 'single' ? t.screens.single : t.screens.mirrored}</p>}
      {waiting && (
        <p className="screens-situation" role="status">
          {t.screens.waitingFor(waiting.name || t.screens.unnamed, t.screens.size(waiting.width, waiting.height))}
        </p>
      )}
      <h3 id={listId}>{t.screens.list}</h3>
      <ul className="screens-list" aria-labelledby={listId}>
        {overview.displays.map((screen) => (
          <ScreenRow key={screen.id} screen={screen} onChoose={() => picker.choose(screen.id)} />
        ))}
      </ul>
      <div className="screens-tools">
        <button type="button" aria-describedby={`${listId}-identify`} onClick={picker.identify}>
          {t.screens.identify}
        </button>
        <button type="button" onClick={() => picker.choose(null)}>
          {t.screens.windowed}
        </button>
      </div>
      <p id={`${listId}-identify`} className="screens-hint" role="status">
        {picker.identifying ? t.screens.identifying : t.screens.identifyHelp}
      </p>
    </>
  );
}

function ScreenRow({ screen, onChoose }: { screen: ListedScreen; onChoose(): void }) {
  const { t } = useI18n();
  const name = screen.name || t.screens.unnamed;
  const tags = [screen.facilitators && t.screens.yours, screen.beamer && t.screens.beamerHere, screen.remembered && !screen.beamer && t.screens.rememberedHere].filter(Boolean);
  return (
    <li className="screen-row">
      <span className="screen-number" aria-hidden="true">
        {screen.number}
      </span>
      <span className="screen-text">
        <strong>
          {t.screens.number(screen.number)}: {name}
        </strong>
        <span>{t.screens.size(screen.width, screen.height)}</span>
        {tags.length > 0 && <span className="screen-tags">{tags.join(' · ')}</span>}
      </span>
      {!screen.facilitators && (
        <button type="button" aria-label={t.screens.chooseLabel(screen.number, name)} aria-pressed={screen.beamer} onClick={onChoose}>
          {t.screens.choose}
        </button>
      )}
    </li>
  );
}
