import type { AppEvent } from '../../../shared/contract/events.js';
import type { ParsedPayload, RequestName, ResponseOf } from '../../../shared/contract/requests.js';
import type { Result } from '../../../shared/contract/result.js';
import type { Werkvorm } from '../../../shared/planner/werkvorm.js';
import type { Clock } from '../clock.js';
import type { RunClock } from '../run/run-clock.js';
import type { Store } from '../store/store.js';

export interface CommandContext {
  store: Store;
  clock: Clock;
  newId(): string;
  library: readonly Werkvorm[];
  runClock: RunClock;
  /** The folder board images are written to; the shell decides (Downloads, or the facilitator's pick). */
  exportDir(): string;
}

/** What a command did: its answer and the events that describe the change. */
export interface Applied<T> {
  value: T;
  events: AppEvent[];
}

/**
 * Applies one validated request inside the bus's transaction. A failed result
 * rolls the transaction back, so a failed command changes nothing.
 */
export type CommandHandler<N extends RequestName> = (
  payload: ParsedPayload<N>,
  ctx: CommandContext,
) => Result<Applied<ResponseOf<N>>>;
