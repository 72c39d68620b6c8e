import type { SequencedEvent } from '../../shared/contract/events.js';
import { clientMessageSchema, type ServerMessage } from '../../shared/contract/wire.js';
import type { CommandBus } from './bus/command-bus.js';
import type { Store } from './store/store.js';

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
  constructor(
    private readonly store: Store,
    private readonly bus: CommandBus,
  ) {}

  connect(send: (message: ServerMessage) => void): Connection {
    // Single-threaded: no event can slip between the snapshot and subscribing.
    send({ type: 'snapshot', snapshot: this.store.snapshot() });
    const self = {};
    const sendEvents = (events: readonly SequencedEvent[]) => {
      for (const e of events) send({ type: 'event', seq: e.seq, event: e.event });
    };
    const unsubscribe = this.bus.subscribe((events, origin) => {
      // The requester gets its events at once, before its answer; every other
      // window gets them right after that answer has gone out, so the
      // acknowledgement does not wait behind the broadcast.
      if (origin === self) sendEvents(events);
      else queueMicrotask(() => sendEvents(events));
    });
    return {
      receive: (raw) => {
        const message = clientMessageSchema.safeParse(raw);
        if (!message.success) return; // Not a request: nothing to answer to.
        const { id, name, payload } = message.data;
        send({ type: 'response', id, result: this.bus.dispatch(name, payload, self) });
      },
      close: unsubscribe,
    };
  }
}
