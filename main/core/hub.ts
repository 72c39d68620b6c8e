import type { Audience } from '../../shared/beamer/beamer-redaction.js';
import type { SequencedEvent } from '../../shared/contract/events.js';
import { PREVIEW_REQUEST, previewSchema } from '../../shared/contract/preview.js';
import { isRequestName, QUERY_NAMES, requestSchemas } from '../../shared/contract/requests.js';
import { clientMessageSchema, type ServerMessage } from '../../shared/contract/wire.js';
import { fail, ok, type Result } from '../../shared/contract/result.js';
import { BeamerFeed } from './beamer/beamer-feed.js';
import type { CommandBus } from './bus/command-bus.js';

export interface Connection {
  /** Handles one raw message from the window (already decoded from JSON). */
  receive(message: unknown): void;
  close(): void;
}

/**
 * Connects windows to the core: a new window gets a snapshot, then every
 * numbered event after it, then the answer to each of its requests. The
 * Electron IPC bridge and the WebSocket host both speak through this.
 */
export class Hub {
  private readonly windows = new Set<(message: ServerMessage) => void>();
  /** The board each window is dragging on right now, so a window that goes mid-drag can be undone. */
  private readonly dragging = new Map<(message: ServerMessage) => void, string>();
  private readonly beamers: BeamerFeed;

  constructor(private readonly bus: CommandBus) {
    this.beamers = new BeamerFeed(bus);
  }

  connect(send: (message: ServerMessage) => void, audience: Audience = 'facilitator'): Connection {
    const beamer = audience === 'beamer';
    const self = {};
    // Single-threaded: no event can slip between the snapshot and subscribing.
    const unsubscribe = beamer ? this.beamers.add(send) : this.follow(send, self);
    this.windows.add(send);
    return {
      receive: (raw) => {
        const message = clientMessageSchema.safeParse(raw);
        if (!message.success) return; // Not a request: nothing to answer to.
        const { id, name, payload } = message.data;
        if (name === PREVIEW_REQUEST) {
          send({ type: 'response', id, result: beamer ? fail('read_only', 'The beamer view may not send previews') : this.passOn(send, payload) });
          return;
        }
        send({ type: 'response', id, result: beamer ? this.answerBeamer(name, payload) : this.bus.dispatch(name, payload, self) });
      },
      close: () => {
        unsubscribe();
        this.windows.delete(send);
        // A window closed mid-drag: the others show the stored places again.
        const boardId = this.dragging.get(send);
        if (boardId) this.passOn(send, { boardId, moves: [] });
      },
    };
  }

  /** A facilitator's window: the whole state, then every event. */
  private follow(send: (message: ServerMessage) => void, self: object): () => void {
    send({ type: 'snapshot', snapshot: this.bus.snapshot() });
    const sendEvents = (events: readonly SequencedEvent[]) => {
      for (const e of events) send({ type: 'event', seq: e.seq, event: e.event });
    };
    return this.bus.subscribe((events, origin) => {
      // The requester gets its events at once, before its answer; every other
      // window gets them right after that answer has gone out, so the
      // acknowledgement does not wait behind the broadcast.
      if (origin === self) sendEvents(events);
      else queueMicrotask(() => sendEvents(events));
    });
  }

  /** A drag under way goes to every other window as it is; nothing is stored. */
  private passOn(from: (message: ServerMessage) => void, payload: unknown): Result<null> {
    const preview = previewSchema.safeParse(payload);
    if (!preview.success) return fail('invalid_payload', 'Invalid board preview');
    if (preview.data.moves.length > 0) this.dragging.set(from, preview.data.boardId);
    else this.dragging.delete(from);
    for (const send of this.windows) if (send !== from) send({ type: 'preview', ...preview.data });
    return ok(null);
  }

  /** The beamer only reads, and reads only what the room may see. */
  private answerBeamer(name: string, payload: unknown): Result<unknown> {
    if (!isRequestName(name) || !QUERY_NAMES.has(name)) return fail('read_only', `The beamer view may not send ${name}`);
    if (name === 'state.snapshot') {
      if (!requestSchemas[name].safeParse(payload).success) return fail('invalid_payload', 'Invalid payload for state.snapshot');
      return ok(this.beamers.snapshot());
    }
    return this.bus.dispatch(name, payload);
  }
}
