import { BEAMER_VIEWS, type BeamerView } from '../../../shared/beamer/beamer-view.js';
import { useClient } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';

/** Chooses what the room sees of the open session; a board or a question put there from its own view unchecks both. */
/** While a session is live, its first view is the timer rather than the title. */
export function BeamerModeSwitch({ view, live, boardShown }: { view: BeamerView; live: boolean; boardShown: boolean }) {
  const { t } = useI18n();
  const client = useClient();
  return (
    <div className="beamer-mode" role="radiogroup" aria-label={t.beamerMode.label} data-focus-key="beamer-mode">
      <span aria-hidden="true">{t.beamerMode.label}:</span>
      {BEAMER_VIEWS.map((v) => (
        <button key={v} type="button" role="radio" aria-checked={!boardShown && view === v} onClick={() => void client.request('beamer.show', { view: v })}>
          {v === 'title' && live ? t.beamerMode.timer : t.beamerMode[v]}
        </button>
      ))}
    </div>
  );
}
