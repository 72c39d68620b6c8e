import { useI18n } from '../i18n/i18n.js';

/**
 * While the browser holds the chime back: the whole beamer is one invisible
 * button, so a single click anywhere on it lets sound through. The room sees
 * nothing; the facilitator's screen says that this click is needed.
 */
export function SoundHint({ onEnable }: { onEnable(): void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="beamer-sound-hint" onClick={onEnable}>
      <span className="beamer-sound-text">{t.beamerLive.enableSound}</span>
    </button>
  );
}
