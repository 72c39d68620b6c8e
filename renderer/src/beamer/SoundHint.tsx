import { useI18n } from '../i18n/i18n.js';

/** In a corner, only when the browser holds the chime back until someone clicks here. */
export function SoundHint({ onEnable }: { onEnable(): void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="beamer-sound-hint" onClick={onEnable}>
      <span className="beamer-sound-icon" aria-hidden="true" />
      {t.beamerLive.enableSound}
    </button>
  );
}
