import { useState } from 'react';
import type { ScreensOverview } from '../../../shared/screens/screens.js';
import { useClientState } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';
import './screens.css';

/** What happened to the beamer's screen, told to the facilitator once (never to the room). */
export function ScreensNotice() {
  const { t } = useI18n();
  const { screens } = useClientState();
  const [dismissed, setDismissed] = useState<ScreensOverview>();
  if (!screens?.notice || screens === dismissed) return null;
  return (
    <div className={`screens-notice screens-notice-${screens.notice}`} role="status">
      <p>{t.screens.notice[screens.notice]}</p>
      <button type="button" onClick={() => setDismissed(screens)}>
        {t.screens.dismiss}
      </button>
    </div>
  );
}
