import { ok, type Result } from '../../../shared/contract/result.js';
import type { ParsedPayload, ResponseOf } from '../../../shared/contract/requests.js';
import type { ListedScreen, ScreenDisplay, ScreensOverview, ScreensRequestName } from '../../../shared/screens/screens.js';
import type { BeamerDirector } from './beamer-director.js';
import type { BeamerPlacement } from './beamer-placement.js';
import { BeamerRecovery, type PageTrouble, type Recovery } from './beamer-recovery.js';
import type { ScreensPort } from './screens-port.js';

/** What the desktop shell does with real displays and windows; nothing here decides. */
export interface DisplayShell {
  displays(): ScreenDisplay[];
  /** The display the facilitator's window is on (the primary one when there is no such window). */
  facilitatorDisplayId(): string;
  /** Opens, moves or resizes the beamer window to this placement. */
  placeBeamer(placement: BeamerPlacement): void;
  /** A large number on each of these displays, or none (null). */
  showNumbers(screens: readonly ListedScreen[] | null): void;
  /** Loads the beamer's page again (ending its renderer first when it hangs). */
  reloadBeamer(): void;
}

/**
 * The screens port of the desktop app: turns display events, the beamer
 * window's life and the picker's requests into placements, through the
 * director's rules, and tells every facilitator window what changed.
 */
export class ScreensController implements ScreensPort {
  private readonly listeners = new Set<(overview: ScreensOverview) => void>();
  private identifying = false;
  private recovery = new BeamerRecovery();

  constructor(
    private readonly director: BeamerDirector,
    private readonly shell: DisplayShell,
  ) {
    director.displaysChanged(shell.displays(), shell.facilitatorDisplayId());
  }

  /** Any display was added, removed or changed, or the facilitator's window moved to another one. */
  displaysChanged(): void {
    const move = this.director.displaysChanged(this.shell.displays(), this.shell.facilitatorDisplayId());
    if (move.placement) this.shell.placeBeamer(move.placement);
    if (this.identifying) this.shell.showNumbers(this.director.overview().displays);
    this.changed();
  }

  /** The facilitator asked for the beamer (menu, button): where its window goes. */
  openBeamer(): void {
    // The facilitator's window may have opened on another display since the last display event.
    this.director.displaysChanged(this.shell.displays(), this.shell.facilitatorDisplayId());
    const move = this.director.opened();
    if (move.placement) this.shell.placeBeamer(move.placement);
    this.changed();
  }

  beamerClosed(): void {
    this.director.closed();
    this.recovery = new BeamerRecovery();
    this.changed();
  }

  /** The beamer's page crashed, hangs or answers again; `nowMs` from a monotonic clock. */
  beamerTrouble(trouble: PageTrouble, nowMs: number): Recovery {
    const recovery = this.recovery.onTrouble(trouble, nowMs);
    if (recovery === 'reload') {
      this.shell.reloadBeamer();
      this.director.tell('reloaded');
    }
    if (recovery === 'give_up') this.director.tell('gave_up');
    if (recovery !== 'nothing') this.changed();
    return recovery;
  }

  /** The facilitator's window closed: nobody is left to read the numbers. */
  stopIdentifying(): void {
    if (!this.identifying) return;
    this.identifying = false;
    this.shell.showNumbers(null);
  }

  answer<N extends ScreensRequestName>(name: N, payload: ParsedPayload<N>): Result<ResponseOf<N>> {
    return this.answerAny(name, payload) as Result<ResponseOf<N>>;
  }

  onChange(listener: (overview: ScreensOverview) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private answerAny(name: ScreensRequestName, payload: unknown): Result<unknown> {
    if (name === 'screens.list') return ok(this.director.overview());
    if (name === 'screens.identify') {
      const { on } = payload as ParsedPayload<'screens.identify'>;
      this.identifying = on;
      this.shell.showNumbers(on ? this.director.overview().displays : null);
      return ok({ on });
    }
    const chosen = this.director.choose((payload as ParsedPayload<'screens.choose'>).displayId);
    if (!chosen.ok) return chosen;
    if (chosen.value.placement) this.shell.placeBeamer(chosen.value.placement);
    this.changed();
    return ok(this.director.overview());
  }

  private changed(): void {
    const overview = this.director.overview();
    for (const listener of this.listeners) listener(overview);
  }
}
