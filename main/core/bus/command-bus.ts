import { randomUUID } from 'node:crypto';
import type { SequencedEvent } from '../../../shared/contract/events.js';
import { isRequestName, QUERY_NAMES, requestSchemas, type RequestName } from '../../../shared/contract/requests.js';
import { fail, ok, type Result } from '../../../shared/contract/result.js';
import type { Snapshot } from '../../../shared/state.js';
import { fieldProblems } from '../../../shared/contract/validation.js';
import { unstorableText } from '../../../shared/contract/storable-text.js';
import type { Werkvorm } from '../../../shared/planner/werkvorm.js';
import { systemClock, type Clock } from '../clock.js';
import { log } from '../log.js';
import type { Store } from '../store/store.js';
import { defaultExportDir } from '../export/default-export-dir.js';
import { createRunClock, type RunClock } from '../run/run-clock.js';
import type { CommandContext, CommandHandler } from './command.js';
import { commandHandlers } from './commands/index.js';

/** `origin` is whatever the requester passed to `dispatch`, so a window can tell its own changes. */
type CommandName = Exclude<RequestName, 'state.snapshot' | 'library.list'>;

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
  private readonly ctx: CommandContext;

  constructor(
    private readonly store: Store,
    clock: Clock = systemClock,
    private readonly library: readonly Werkvorm[] = [],
    private readonly runClock: RunClock = createRunClock(),
    exportDir: () => string = defaultExportDir,
  ) {
    this.ctx = { store, clock, newId: randomUUID, library, runClock, exportDir };
  }

  /** The state as of now, for a window that connects. */
  snapshot(): Snapshot {
    return { ...this.store.state(), now: this.runClock.now() };
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispatch(name: unknown, payload: unknown, origin?: unknown): Result<unknown> {
    if (!isRequestName(name)) return fail('unknown_request', `Unknown request ${JSON.stringify(name)}`);
    const unstorable = unstorableText(payload);
    if (unstorable) return fail('invalid_payload', `Invalid payload for ${name}: ${unstorable.field} holds a character that cannot be stored`, [unstorable]);
    const parsed = requestSchemas[name].safeParse(payload, { reportInput: true });
    if (!parsed.success) {
      const fields = fieldProblems(parsed.error);
      const summary = fields.map((f) => `${f.field} ${f.problem}`).join(', ');
      return fail('invalid_payload', `Invalid payload for ${name}: ${summary}`, fields);
    }
    try {
      if (QUERY_NAMES.has(name)) return ok(this.query(name));
      return this.apply(name as CommandName, parsed.data, origin);
    } catch (error) {
      log.error(`request ${name} failed`, error);
      return fail('internal', `Request ${name} failed unexpectedly`);
    }
  }

  private query(name: RequestName): unknown {
    return name === 'library.list' ? this.library : this.snapshot();
  }

  private apply(name: CommandName, payload: unknown, origin: unknown): Result<unknown> {
    const handler = commandHandlers[name] as CommandHandler<typeof name>;
    let committed: { value: unknown; events: SequencedEvent[] };
    try {
      committed = this.store.transaction(() => {
        const result = handler(payload as never, this.ctx);
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
