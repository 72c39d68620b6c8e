import { useState } from 'react';
import { useClient } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';
import { ScreensDialog } from '../screens/ScreensDialog.js';
import { LanDialog } from '../lan/LanDialog.js';

export function TopBar() {
  const { t, toggle } = useI18n();
  const client = useClient();
  const [choosingScreens, setChoosingScreens] = useState(false);
  const [lanOpen, setLanOpen] = useState(false);
  return (
    <>
      <header className="top-bar">
        <span className="brand" aria-hidden="true">
          {t.appName}
        </span>
        <nav>
          <button type="button" onClick={() => client.openBeamer()}>
            {t.beamer.open}
          </button>
          <button type="button" aria-haspopup="dialog" onClick={() => setChoosingScreens(true)}>
            {t.screens.open}
          </button>
          <button type="button" aria-haspopup="dialog" onClick={() => setLanOpen(true)}>
            {t.lan.open}
          </button>
          <button type="button" aria-label={t.language.label} lang={t.language.code === 'nl' ? 'en' : 'nl'} onClick={toggle}>
            {t.language.switchTo}
          </button>
        </nav>
      </header>
      {/* Outside the bar: the bar's light-on-dark buttons are not the dialogs'. */}
      {choosingScreens && <ScreensDialog onClose={() => setChoosingScreens(false)} />}
      {lanOpen && <LanDialog onClose={() => setLanOpen(false)} />}
    </>
  );
}
