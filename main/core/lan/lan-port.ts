import type { Result } from '../../../shared/contract/result.js';
import type { LanInterface, LanStatus } from '../../../shared/lan/lan.js';

/**
 * The beamer on the room's network, as the shell that owns the listener
 * offers it: the desktop app and the browser host plug in the same one.
 */
export interface LanPort {
  interfaces(): LanInterface[];
  status(): LanStatus;
  /** Listens on this address only, with a new key; a listener already on is stopped first. */
  start(address: string): Promise<Result<LanStatus>>;
  stop(): Promise<LanStatus>;
}
