import { randomUUID } from 'node:crypto';
import type { SequencedEvent } from '../../../shared/contract/events.js';
import {
  isBackupRequest,
  isLanRequest,
  isRequestName,
  isTask,
  isWindowRequest,
  QUERY_NAMES,
  requestSchemas,
  type BackupRequestName,
  type LanRequestName,
  type RequestName,
  type TaskName,
  type WindowRequestName,
} from '../../../shared/contract/requests.js';
import { fail, ok, type Result } from '../../../shared/contract/result.js';
import type { Snapshot } from '../../../shared/state.js';
import { fieldProblems } from '../../../shared/contract/validation.js';
import { unstorableText } from '../../../shared/contract/storable-text.js';
import { MAX_PAYLOAD_DEPTH, nestsDeeperThan } from '../../../shared/contract/payload-depth.js';
import type { Werkvorm } from '../../../shared/planner/werkvorm.js';
import { isScreensRequest, type ScreensRequestName } from '../../../shared/screens/screens.js';
import { systemClock, type Clock } from '../clock.js';
import { log } from '../log.js';
import type { Store } from '../store/store.js';
import { storageFailure } from '../store/storage-failure.js';
import { BackupUnusableError, type Backups } from '../backup/backups.js';
import { defaultExportDir } from '../export/default-export-dir.js';
import { createRunClock, type RunClock } from '../run/run-clock.js';
import { BoardPictures } from '../harvest/board-pictures.js';
import type { MailOpener } from '../harvest/mail-opener.js';
import type { LanPort } from '../lan/lan-port.js';
import type { Applied, CommandContext, CommandHandler } from './command.js';
import { commandHandlers } from './commands/index.js';
import type { TaskContext, TaskHandler } from './task.js';
import { taskHandlers } from './tasks/index.js';

/** `origin` is whatever the requester passed to `dispatch`, so a window can tell its own changes. */
type CommandName = Exclude<
  RequestName,
  'state.snapshot' | 'library.list' | BackupRequestName | TaskName | ScreensRequestName | LanRequestName | WindowRequestName
>;

type Listener = (events: readonly SequencedEvent[], origin: unknown) => void;

/** Thrown inside a transaction to roll back a command that failed. */
class Rejected {
  constructor(readonly result: Result<never>) {}
}

/**
 * The one way state changes: validate, apply and persist in one transaction
 * (synchronous=FULL, so it is on disk when this returns), then broadcast the
 * numbered events to every listener.
 */
export class CommandBus {
  private readonly listeners = new Set<Listener>();
  private readonly replacedListeners = new Set<() => void>();
  private readonly ctx: CommandContext;
  private readonly taskCtx: TaskContext;
  /** The request that held the host longest, for the bench: nothing else moves while one runs. */
  private longest = { ms: 0, name: '' };
  /** The beamer on the room's network, when the shell offers one. */
  private lan: LanPort | undefined;

  constructor(
    private readonly store: Store,
    clock: Clock = systemClock,
    private readonly library: readonly Werkvorm[] = [],
    private readonly runClock: RunClock = createRunClock(),
    exportDir: () => string = defaultExportDir,
    private readonly backups?: Backups,
  ) {
    this.ctx = { store, clock, newId: randomUUID, library, runClock, exportDir };
    this.taskCtx = { store, clock, exportDir, snapshot: () => this.snapshot(), pictures: new BoardPictures(), commit: (step) => this.commit(step, undefined) };
  }

  /** The state as of now, for a window that connects. */
  snapshot(): Snapshot {
    return { ...this.store.state(), now: this.runClock.now() };
  }

  /** Main's timeline now, without reading the state. */
  now(): number {
    return this.runClock.now();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called when a restore put other data in place: what a window holds is no longer a base for events. */
  onReplaced(listener: () => void): () => void {
    this.replacedListeners.add(listener);
    return () => this.replacedListeners.delete(listener);
  }

  /** The desktop shell opens a harvest's mail draft in the facilitator's mail program. */
  useMailOpener(open: MailOpener): void {
    this.taskCtx.openMail = open;
  }

  /** The shell plugs in its listener for beamers on the room's network once it has one. */
  useLan(port: LanPort): void {
    this.lan = port;
  }

  /** Whether a request is answered later, once its files are written or its listener is up (see `run`). */
  answersLater(name: unknown): boolean {
    return isRequestName(name) && (isTask(name) || isLanRequest(name));
  }

  /** A command or a query, answered at once. A task is refused here: it goes through `run`. */
  dispatch(name: unknown, payload: unknown, origin?: unknown): Result<unknown> {
    const started = performance.now();
    try {
      return this.answer(name, payload, origin);
    } finally {
      const ms = performance.now() - started;
      if (ms > this.longest.ms) this.longest = { ms, name: String(name) };
    }
  }

  /** How long the slowest request so far held the host, and which it was. */
  longestHold(): { ms: number; name: string } {
    return this.longest;
  }

  private answer(name: unknown, payload: unknown, origin: unknown): Result<unknown> {
    const checked = this.validate(name, payload);
    if (!checked.ok) return checked;
    const { name: known, payload: parsed } = checked.value;
    if (isWindowRequest(known)) return fail('unknown_request', `${known} is about the windows and answered by the hub`);
    if (isTask(known) || isLanRequest(known)) return fail('unknown_request', `${known} is answered later`);
    if (isScreensRequest(known)) return fail('desktop_only', `${known} is answered by the desktop app's shell`);
    try {
      if (QUERY_NAMES.has(known)) return ok(this.query(known));
      if (isBackupRequest(known)) return this.backupRequest(known, parsed);
      return this.apply(known as CommandName, parsed, origin);
    } catch (error) {
      return this.failed(known, error);
    }
  }

  /** Any request; a task (an export) is done beside the commands and answered when its files are whole. */
  async run(name: unknown, payload: unknown, origin?: unknown): Promise<Result<unknown>> {
    if (!this.answersLater(name)) return this.dispatch(name, payload, origin);
    const checked = this.validate(name, payload);
    if (!checked.ok) return checked;
    if (isLanRequest(checked.value.name)) return this.lanRequest(checked.value.name, checked.value.payload);
    const task = checked.value.name as TaskName;
    try {
      const ctx: TaskContext = { ...this.taskCtx, commit: (step) => this.commit(step, origin) };
      return await (taskHandlers[task] as TaskHandler<TaskName>)(checked.value.payload as never, ctx);
    } catch (error) {
      return this.failed(task, error);
    }
  }

  /** A request checked against the contract, as every request is before it is answered. */
  validate(name: unknown, payload: unknown): Result<{ name: RequestName; payload: unknown }> {
    if (!isRequestName(name)) return fail('unknown_request', `Unknown request ${JSON.stringify(name)}`);
    if (nestsDeeperThan(payload, MAX_PAYLOAD_DEPTH)) {
      return fail('invalid_payload', `Invalid payload for ${name}: nested deeper than ${MAX_PAYLOAD_DEPTH} levels`, [{ field: '(payload)', problem: 'invalid' }]);
    }
    const unstorable = unstorableText(payload);
    if (unstorable) return fail('invalid_payload', `Invalid payload for ${name}: ${unstorable.field} holds a character that cannot be stored`, [unstorable]);
    const parsed = requestSchemas[name].safeParse(payload, { reportInput: true });
    if (!parsed.success) {
      const fields = fieldProblems(parsed.error);
      const summary = fields.map((f) => `${f.field} ${f.problem}`).join(', ');
      return fail('invalid_payload', `Invalid payload for ${name}: ${summary}`, fields);
    }
    return ok({ name, payload: parsed.data });
  }

  private failed(name: RequestName, error: unknown): Result<never> {
    const failure = storageFailure(error);
    if (failure) {
      log.error(`request ${name} was not stored (${failure}): ${(error as Error).message}`);
      return fail(failure, `Request ${name} was not stored: ${(error as Error).message}`);
    }
    log.error(`request ${name} failed`, error);
    return fail('internal', `Request ${name} failed unexpectedly`);
  }

  private query(name: RequestName): unknown {
    return name === 'library.list' ? this.library : this.snapshot();
  }

  private backupRequest(name: BackupRequestName, payload: unknown): Result<unknown> {
    if (!this.backups) return fail('internal', 'This core keeps no backups');
    try {
      if (name === 'backup.list') return ok(this.backups.list());
      if (name === 'backup.create') return ok(this.backups.create('manual'));
      const restored = this.backups.restore((payload as { name: string }).name);
      for (const listener of this.replacedListeners) listener();
      return ok(restored);
    } catch (error) {
      if (error instanceof BackupUnusableError) return fail('backup_unusable', error.message);
      throw error;
    }
  }

  private async lanRequest(name: LanRequestName, payload: unknown): Promise<Result<unknown>> {
    const lan = this.lan;
    if (!lan) return fail('lan_unavailable', 'This shell offers no beamer on the network');
    try {
      if (name === 'lan.interfaces') return ok(lan.interfaces());
      if (name === 'lan.status') return ok(lan.status());
      if (name === 'lan.stop') return ok(await lan.stop());
      return await lan.start((payload as { address: string }).address);
    } catch (error) {
      return this.failed(name, error);
    }
  }

  private apply(name: CommandName, payload: unknown, origin: unknown): Result<unknown> {
    const handler = commandHandlers[name] as CommandHandler<typeof name>;
    return this.commit((ctx) => handler(payload as never, ctx), origin);
  }

  /** Applies one change in one transaction and broadcasts its events: a command, or the step that ends a task. */
  private commit<T>(step: (ctx: CommandContext) => Result<Applied<T>>, origin: unknown): Result<T> {
    let committed: { value: T; events: SequencedEvent[] };
    try {
      committed = this.store.transaction(() => {
        const result = step(this.ctx);
        if (!result.ok) throw new Rejected(result);
        const events = result.value.events.map((event) => ({ seq: this.store.appState.nextSeq(), event }));
        return { value: result.value.value, events };
      });
    } catch (error) {
      if (error instanceof Rejected) return error.result;
      throw error;
    }
    for (const listener of this.listeners) {
      try {
        listener(committed.events, origin);
      } catch (error) {
        log.error('event listener failed', error);
      }
    }
    return ok(committed.value);
  }
}
