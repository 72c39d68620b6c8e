import { useState } from 'react';
import { useClient } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';
import { LanDialog } from '../lan/LanDialog.js';

export function TopBar() {
  const { t, toggle } = useI18n();
  const client = useClient();
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
          <button type="button" aria-haspopup="dialog" onClick={() => setLanOpen(true)}>
            {t.lan.open}
          </button>
          <button type="button" aria-label={t.language.label} lang={t.language.code === 'nl' ? 'en' : 'nl'} onClick={toggle}>
            {t.language.switchTo}
          </button>
        </nav>
      </header>
      {/* Beside the bar, not in it: the bar's light-on-dark buttons are not the dialog's. */}
      {lanOpen && <LanDialog onClose={() => setLanOpen(false)} />}
    </>
  );
}
