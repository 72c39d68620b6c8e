/**
 * What went wrong with the beamer's page, in Electron's terms: the renderer
 * process is gone (with its reason), it hangs, or it answers again.
 */
export type PageTrouble = { kind: 'gone'; reason: string } | { kind: 'unresponsive' } | { kind: 'responsive' };

/** `reload`: load the page again (after ending a hung renderer); main holds the state, so it comes back as it was. */
export type Recovery = 'reload' | 'give_up' | 'nothing';

/** More reloads than this within the window means the page cannot stay up: reloading on would only flash the projector. */
export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 60_000;

/** Reasons a renderer goes that are no fault of the page: the window is closing, or the app quits. */
const PEACEFUL = new Set(['clean-exit']);

/** Decides, per beamer window, whether a page in trouble is loaded again. */
export class BeamerRecovery {
  private reloads: number[] = [];
  private gaveUp = false;

  constructor(
    private readonly maxReloads = MAX_RELOADS,
    private readonly windowMs = RELOAD_WINDOW_MS,
  ) {}

  /** `nowMs` is any monotonic clock reading (the shell uses performance.now()). */
  onTrouble(trouble: PageTrouble, nowMs: number): Recovery {
    if (trouble.kind === 'responsive' || this.gaveUp) return 'nothing';
    if (trouble.kind === 'gone' && PEACEFUL.has(trouble.reason)) return 'nothing';
    this.reloads = this.reloads.filter((at) => nowMs - at < this.windowMs);
    if (this.reloads.length >= this.maxReloads) {
      this.gaveUp = true;
      return 'give_up';
    }
    this.reloads.push(nowMs);
    return 'reload';
  }
}
