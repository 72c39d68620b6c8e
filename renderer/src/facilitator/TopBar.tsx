import { useClient } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';

export function TopBar() {
  const { t, toggle } = useI18n();
  const client = useClient();
  return (
    <header className="top-bar">
      <span className="brand" aria-hidden="true">
        {t.appName}
      </span>
      <nav>
        <button type="button" onClick={() => client.openBeamer()}>
          {t.beamer.open}
        </button>
        <button type="button" aria-label={t.language.label} lang={t.language.code === 'nl' ? 'en' : 'nl'} onClick={toggle}>
          {t.language.switchTo}
        </button>
      </nav>
    </header>
  );
}
