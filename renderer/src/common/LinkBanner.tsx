import { useClientState } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';

/** Says so plainly when the window is not connected to main. */
export function LinkBanner() {
  const { link, snapshot } = useClientState();
  const { t } = useI18n();
  if (link === 'open' && snapshot) return null;
  return (
    <div className="link-banner" role="status">
      {link === 'closed' ? t.link.closed : t.link.connecting}
    </div>
  );
}
