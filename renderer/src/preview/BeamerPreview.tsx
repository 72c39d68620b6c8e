import { useId, useRef, useState, useSyncExternalStore } from 'react';
import { beamerMode } from '../../../shared/beamer/beamer-mode.js';
import { BeamerScreen } from '../beamer/BeamerScreen.js';
import { BeamerSurfaceContext, type BeamerSurface } from '../beamer/beamer-surface.js';
import { useElementSize } from '../board/use-element-size.js';
import { ClientProvider, useClient, useClientState } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';
import { useWindowKeys } from '../live/use-live-keys.js';
import '../styles/beamer.css';
import { recordPreviewPaint } from './preview-paint.js';
import './preview.css';
import { useRoomClient } from './use-room-client.js';

/** The room's screen as the preview lays it out, before it is scaled down: a full HD beamer. */
const SCREEN = { width: 1920, height: 1080 };
const OPEN_KEY = 'flipover.preview.open';

const storedOpen = () => {
  try {
    return localStorage.getItem(OPEN_KEY) === 'yes';
  } catch {
    return false;
  }
};

/**
 * What the room sees, small, on the facilitator's screen in every view: the
 * beamer's own view drawn from what the beamer is sent, scaled into a 16:9
 * frame, with what it shows in a word and the key that freezes it.
 */
export function BeamerPreview() {
  const { t } = useI18n();
  const client = useClient();
  const { beamerFrozen, snapshot: own } = useClientState();
  const [open, setOpen] = useState(storedOpen);
  // Shut and not frozen, the room sees what this window holds, so its mode is read here; what main sends
  // the beamers is followed only to be drawn, or to know what a frozen beamer holds.
  const watching = open || beamerFrozen;
  const room = useRoomClient(watching);
  const { snapshot: held } = useSyncExternalStore(room.subscribe, room.getState);
  const snapshot = watching ? (held ?? own) : own;
  const boxId = useId();
  const mode = t.preview.modes[snapshot ? beamerMode(snapshot) : 'idle'];
  const toggleFreeze = () => void client.request('beamer.freeze', { frozen: !beamerFrozen });
  useWindowKeys({ s: toggleFreeze, S: toggleFreeze });
  const toggleOpen = () => {
    setOpen(!open);
    try {
      localStorage.setItem(OPEN_KEY, open ? 'no' : 'yes');
    } catch {
      // Not remembered: it opens as it did before next time.
    }
  };

  return (
    <aside className="beamer-preview" aria-label={t.preview.label} data-frozen={beamerFrozen} data-open={open}>
      <div className="beamer-preview-bar">
        <p className="beamer-preview-mode" role="status">
          {beamerFrozen ? t.preview.frozen(mode) : t.preview.showing(mode)}
        </p>
        <button type="button" className="beamer-preview-freeze" aria-pressed={beamerFrozen} aria-keyshortcuts="S" title={t.preview.freezeHint} onClick={toggleFreeze}>
          {t.preview.freeze}
        </button>
        <button type="button" aria-expanded={open} aria-controls={boxId} onClick={toggleOpen}>
          {open ? t.preview.collapse : t.preview.expand}
        </button>
      </div>
      <div id={boxId} className="beamer-preview-frame" hidden={!open}>
        {open && (
          <PreviewPicture label={t.preview.picture(mode)}>
            <ClientProvider client={room}>
              <BeamerScreen />
            </ClientProvider>
          </PreviewPicture>
        )}
      </div>
    </aside>
  );
}

/** The room's screen laid out at its own size and scaled into the frame; one picture to a screen reader, nothing to tab to. */
function PreviewPicture({ label, children }: { label: string; children: React.ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(frame);
  const scale = width / SCREEN.width;
  const surface = useSurface(scale);
  return (
    <div className="beamer-preview-picture" ref={frame} role="img" aria-label={label}>
      {width > 0 && (
        <div className="beamer-screen beamer-preview-screen" style={{ width: SCREEN.width, height: SCREEN.height, transform: `scale(${scale})` }} aria-hidden="true" inert>
          <BeamerSurfaceContext.Provider value={surface}>{children}</BeamerSurfaceContext.Provider>
        </div>
      )}
    </div>
  );
}

function useSurface(scale: number): BeamerSurface {
  const ratio = Math.max(0.1, Math.round(scale * window.devicePixelRatio * 100) / 100);
  const last = useRef<BeamerSurface | null>(null);
  // Text the preview shows a few pixels high is drawn as bars: the picture stays the beamer's, at a fraction of the cost.
  if (last.current?.pixelRatio !== ratio || last.current.shrink !== scale) last.current = { record: recordPreviewPaint, pixelRatio: ratio, shrink: scale };
  return last.current;
}
