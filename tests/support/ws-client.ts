import { bytesField, encodeFrame } from '../../shared/contract/binary-frame.js';
import type { BoardPreview } from '../../shared/contract/preview.js';
import WebSocket from 'ws';
import type { SequencedEvent } from '../../shared/contract/events.js';
import type { ServerMessage } from '../../shared/contract/wire.js';
import type { Result } from '../../shared/contract/result.js';
import type { Snapshot } from '../../shared/state.js';

/** A scripted window over the browser host's WebSocket, for tests and the bench. */
export class WsTestClient {
  snapshot: Snapshot | undefined;
  readonly events: SequencedEvent[] = [];
  readonly previews: BoardPreview[] = [];
  /** What main says about the beamers (frozen) and, while this window watches, what they are sent. */
  readonly others: Extract<ServerMessage, { type: 'beamerFrozen' | 'room' }>[] = [];
  /** Answers to messages the host could not read as requests. */
  readonly refusals: Result<unknown>[] = [];
  /** Where the host serves the room's read-only page (sent to facilitator sockets). */
  beamerPath: string | undefined;
  beamerSoundBlocked = false;
  private nextId = 1;
  private readonly pending = new Map<number, (r: Result<unknown>) => void>();
  private readonly eventWaiters: { seq: number; resolve: () => void }[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(JSON.parse(data.toString()) as ServerMessage));
  }

  static connect(port: number, secret: string, view: 'facilitator' | 'beamer' = 'facilitator'): Promise<WsTestClient> {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/ws?k=${secret}&view=${view}`, { origin: `http://127.0.0.1:${port}` });
    const client = new WsTestClient(socket);
    return new Promise((resolve, reject) => {
      socket.once('error', reject);
      const check = () => (client.snapshot ? resolve(client) : setTimeout(check, 5));
      socket.once('open', check);
    });
  }

  request(name: string, payload: unknown): Promise<Result<unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      const message = { type: 'request' as const, id, name, payload };
      // Bytes go as the renderer sends them: one binary frame, not base64 in JSON.
      const bytes = bytesField(message);
      this.socket.send(bytes ? encodeFrame(message, ...bytes) : JSON.stringify(message));
    });
  }

  /** Resolves when the event with this number (or a later one) has arrived. */
  waitForSeq(seq: number): Promise<void> {
    if ((this.events.at(-1)?.seq ?? this.snapshot?.seq ?? 0) >= seq) return Promise.resolve();
    return new Promise((resolve) => this.eventWaiters.push({ seq, resolve }));
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.readyState === WebSocket.CLOSED) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }

  private receive(message: ServerMessage): void {
    if (message.type === 'snapshot') this.snapshot = message.snapshot;
    else if (message.type === 'link') this.beamerPath = message.beamerPath;
    else if (message.type === 'response' && message.id === null) this.refusals.push(message.result);
    else if (message.type === 'response') {
      this.pending.get(message.id!)?.(message.result);
      this.pending.delete(message.id!);
    } else if (message.type === 'beamerSound') {
      this.beamerSoundBlocked = message.blocked;
    } else if (message.type === 'screens') {
      // The browser host has no displays to report.
    } else if (message.type === 'preview') {
      const { type: _type, ...preview } = message;
      this.previews.push(preview);
    } else if (message.type === 'beamerFrozen' || message.type === 'room') {
      this.others.push(message);
    } else {
      this.events.push({ seq: message.seq, event: message.event });
      for (let i = this.eventWaiters.length - 1; i >= 0; i--) {
        const waiter = this.eventWaiters[i]!;
        if (message.seq >= waiter.seq) {
          this.eventWaiters.splice(i, 1);
          waiter.resolve();
        }
      }
    }
  }
}
