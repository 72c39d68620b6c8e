import { useClientState } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';

/** The beamer's browser holds the chime back: said here, where someone can click the beamer once, not to the room. */
export function BeamerSoundNotice() {
  const { t } = useI18n();
  const { beamerSoundBlocked } = useClientState();
  if (!beamerSoundBlocked) return null;
  return (
    <p className="beamer-sound-notice" role="status">
      {t.live.beamerSoundBlocked}
    </p>
  );
}
