import type { ParsedPayload, ResponseOf, TaskName } from '../../../shared/contract/requests.js';
import type { Result } from '../../../shared/contract/result.js';
import type { Snapshot } from '../../../shared/state.js';
import type { Clock } from '../clock.js';
import type { BoardPictures } from '../harvest/board-pictures.js';
import type { MailOpener } from '../harvest/mail-opener.js';
import type { Store } from '../store/store.js';
import type { Applied, CommandContext } from './command.js';

export interface TaskContext {
  store: Store;
  clock: Clock;
  /** The folder files are written to; the shell decides (Downloads, or the facilitator's pick). */
  exportDir(): string;
  /** The state as of now, for a task that writes what it holds. */
  snapshot(): Snapshot;
  /** Boards as the window drew them, for the harvest; in memory only. */
  pictures: BoardPictures;
  /** The shell's way to open a written mail draft in the mail program, if it has one. */
  openMail?: MailOpener;
  /** Stores what the task made in one transaction, like a command, and broadcasts its events. */
  commit<T>(step: (ctx: CommandContext) => Result<Applied<T>>): Result<T>;
}

/** Does one validated task, writing its files without holding the host; resolves with its answer. */
export type TaskHandler<N extends TaskName> = (payload: ParsedPayload<N>, ctx: TaskContext) => Promise<Result<ResponseOf<N>>>;
