import { fail, ok, type Result } from '../../../shared/contract/result.js';
import type { ScreenDisplay, ScreensNotice, ScreensOverview } from '../../../shared/screens/screens.js';
import { placeBeamer, type BeamerPlacement } from './beamer-placement.js';
import { describeScreen, findRemembered, type RememberedScreen } from './remembered-screen.js';
import { facilitatorsDisplay, inReadingOrder, roomDisplays, situationOf } from './screen-layout.js';

/** Where the choices made before are kept (the SQLite store in the app). */
export interface ScreenMemory {
  /** Newest first. */
  recall(): RememberedScreen[];
  remember(screen: RememberedScreen): void;
}

/** What the shell must do now: put the beamer window here (null: it is closed), and tell the facilitator this. */
export interface BeamerMove {
  placement: BeamerPlacement | null;
  notice: ScreensNotice | null;
}

/**
 * The screen rules over time: the shell reports displays and the beamer
 * window opening and closing, and applies the placement it gets back. Holds
 * what only the moment knows (the display the beamer waits for after an
 * unplug); what outlives a restart is in the memory.
 */
export class BeamerDirector {
  private displays: ScreenDisplay[] = [];
  private facilitatorId = '';
  private placement: BeamerPlacement | null = null;
  private waitingFor: RememberedScreen | null = null;
  private windowed = false;
  private notice: ScreensNotice | null = null;

  constructor(private readonly memory: ScreenMemory) {}

  /** The displays as they are now; any of Electron's display events leads here. */
  displaysChanged(displays: readonly ScreenDisplay[], facilitatorId: string): BeamerMove {
    this.displays = [...displays];
    this.facilitatorId = facilitatorId;
    if (!this.placement) return this.move(null);
    const current = this.placement;
    if (current.kind === 'fullscreen') {
      const still = roomDisplays(this.displays, facilitatorId).find((d) => d.id === current.display.id);
      // Staying put: a display plugged in beside it, or a new resolution, is no reason to jump.
      if (still) return this.place({ ...current, display: still }, null);
      this.waitingFor = describeScreen(current.display);
      const next = this.computed();
      return this.place(next, next.kind === 'windowed' ? 'unplugged' : null);
    }
    const next = this.computed();
    return this.place(next, next.kind === 'fullscreen' && next.because === 'returned' ? 'returned' : null);
  }

  /** The beamer window is opened (or brought forward): where it goes. */
  opened(): BeamerMove {
    if (this.placement) return this.move(null);
    this.notice = null;
    return this.place(this.computed(), null);
  }

  closed(): void {
    this.placement = null;
    this.waitingFor = null;
    this.windowed = false;
    this.notice = null;
  }

  /**
   * The facilitator picks a display (remembered for next time) or an ordinary
   * window (null, for now only). The facilitator's own display is refused:
   * the room would see the facilitator's screen and the facilitator nothing.
   */
  choose(displayId: string | null): Result<BeamerMove> {
    this.waitingFor = null;
    if (displayId === null) {
      this.windowed = true;
      return ok(this.place(this.computed(), null));
    }
    const display = this.displays.find((d) => d.id === displayId);
    if (!display) return fail('not_found', `No display ${displayId} is connected`, [{ field: 'displayId', problem: 'invalid' }]);
    if (!roomDisplays(this.displays, this.facilitatorId).some((d) => d.id === displayId)) {
      return fail('invalid_payload', `Display ${displayId} shows the facilitator's window`, [{ field: 'displayId', problem: 'taken' }]);
    }
    this.memory.remember(describeScreen(display));
    this.windowed = false;
    return ok(this.place({ kind: 'fullscreen', display, because: 'chosen' }, null));
  }

  /** Tells the facilitator something about the beamer that did not come from a display change. */
  tell(notice: ScreensNotice): void {
    this.notice = notice;
  }

  overview(): ScreensOverview {
    const own = facilitatorsDisplay(this.displays, this.facilitatorId);
    const remembered = findRemembered(this.memory.recall(), roomDisplays(this.displays, this.facilitatorId));
    const onBeamer = this.placement?.kind === 'fullscreen' ? this.placement.display.id : null;
    return {
      displays: inReadingOrder(this.displays).map((d, i) => ({
        ...d,
        number: i + 1,
        facilitators: d.id === own?.id,
        beamer: d.id === onBeamer,
        remembered: d.id === remembered?.display.id,
      })),
      situation: situationOf(this.displays, this.facilitatorId),
      beamer: this.placement ? this.placement.kind : 'closed',
      waitingFor: this.waitingFor && { name: this.waitingFor.name, width: this.waitingFor.width, height: this.waitingFor.height },
      notice: this.notice,
    };
  }

  private computed(): BeamerPlacement {
    return placeBeamer({
      displays: this.displays,
      facilitatorId: this.facilitatorId,
      remembered: this.memory.recall(),
      waitingFor: this.waitingFor,
      windowed: this.windowed,
    });
  }

  private place(placement: BeamerPlacement, notice: ScreensNotice | null): BeamerMove {
    if (placement.kind === 'fullscreen') this.waitingFor = null;
    this.placement = placement;
    if (notice) this.notice = notice;
    return { placement, notice };
  }

  private move(notice: ScreensNotice | null): BeamerMove {
    return { placement: this.placement, notice };
  }
}
