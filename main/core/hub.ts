import type { Audience } from '../../shared/beamer/beamer-redaction.js';
import { BEAMER_SOUND_REQUEST, beamerSoundSchema } from '../../shared/contract/beamer-sound.js';
import type { SequencedEvent } from '../../shared/contract/events.js';
import { PREVIEW_REQUEST, previewSchema } from '../../shared/contract/preview.js';
import { isRequestName, isWindowRequest, QUERY_NAMES, requestSchemas, type RequestName } from '../../shared/contract/requests.js';
import { clientMessageSchema, envelopeId, type ServerMessage } from '../../shared/contract/wire.js';
import { fail, ok, type Result } from '../../shared/contract/result.js';
import { fieldProblems } from '../../shared/contract/validation.js';
import { BeamerFeed } from './beamer/beamer-feed.js';
import type { CommandBus } from './bus/command-bus.js';
import { isScreensRequest, screensRequestSchemas, type ScreensRequestName } from '../../shared/screens/screens.js';
import type { ScreensPort } from './screens/screens-port.js';

export interface Connection {
  /** Handles one raw message from the window (already decoded from JSON). */
  receive(message: unknown): void;
  close(): void;
}

type Send = (message: ServerMessage) => void;

/**
 * Connects windows to the core: a new window gets a snapshot, then every
 * numbered event after it, then the answer to each of its requests. The
 * Electron IPC bridge and the WebSocket host both speak through this.
 */
export class Hub {
  private readonly windows = new Map<Send, Audience>();
  /** Beamers whose browser holds the chime back. */
  private readonly mutedBeamers = new Set<Send>();
  /** The board each window is dragging on right now, so a window that goes mid-drag can be undone. */
  private readonly dragging = new Map<Send, string>();
  private readonly beamers: BeamerFeed;
  /** Facilitator windows that watch what the beamer is sent, by how each stops watching. */
  private readonly watching = new Map<Send, () => void>();
  private screens: ScreensPort | undefined;

  constructor(private readonly bus: CommandBus) {
    this.beamers = new BeamerFeed(bus);
    // A restore replaces what the held picture was of: the room sees the restored state.
    bus.onReplaced(() => this.freeze(false));
  }

  connect(send: Send, audience: Audience = 'facilitator'): Connection {
    const beamer = audience === 'beamer';
    const self = {};
    // Single-threaded: no event can slip between the snapshot and subscribing.
    const unsubscribe = beamer ? this.beamers.add(send) : this.follow(send, self);
    if (!beamer && this.mutedBeamers.size > 0) send({ type: 'beamerSound', blocked: true });
    if (!beamer && this.beamers.frozen) send({ type: 'beamerFrozen', frozen: true });
    this.windows.set(send, audience);
    // A restore replaced the data: the window starts again from a fresh snapshot.
    const unsubscribeReplaced = this.bus.onReplaced(() => (beamer ? this.beamers.restart(send) : send({ type: 'snapshot', snapshot: this.bus.snapshot() })));
    return {
      receive: (raw) => {
        const message = clientMessageSchema.safeParse(raw);
        if (!message.success) {
          // Answered all the same, so a window never waits for nothing.
          send({ type: 'response', id: envelopeId(raw), result: fail('invalid_message', 'Not a request: expected { type: "request", id, name, payload }') });
          return;
        }
        const { id, name, payload } = message.data;
        if (name === BEAMER_SOUND_REQUEST) {
          send({ type: 'response', id, result: beamer ? this.soundOf(send, payload) : fail('invalid_payload', 'Only a beamer reports its sound') });
          return;
        }
        if (name === PREVIEW_REQUEST) {
          send({ type: 'response', id, result: beamer ? fail('read_only', 'The beamer view may not send previews') : this.passOn(send, payload) });
          return;
        }
        if (beamer) send({ type: 'response', id, result: this.answerBeamer(name, payload) });
        else if (isRequestName(name) && isWindowRequest(name)) send({ type: 'response', id, result: this.windowRequest(send, name, payload) });
        else if (isScreensRequest(name)) send({ type: 'response', id, result: this.answerScreens(name, payload) });
        else if (this.bus.answersLater(name)) void this.bus.run(name, payload, self).then((result) => send({ type: 'response', id, result }));
        else send({ type: 'response', id, result: this.bus.dispatch(name, payload, self) });
      },
      close: () => {
        unsubscribe();
        unsubscribeReplaced();
        this.windows.delete(send);
        this.watch(send, false);
        if (this.mutedBeamers.delete(send)) this.tellSound();
        // A window closed mid-drag: the others show the stored places again.
        const boardId = this.dragging.get(send);
        if (boardId) this.passOn(send, { boardId, moves: [] });
      },
    };
  }

  /** A facilitator's window: the whole state, then every event. */
  private follow(send: Send, self: object): () => void {
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

  /** The desktop shell's displays; every facilitator window hears of each change. Returns a function that lets go. */
  provideScreens(port: ScreensPort): () => void {
    this.screens = port;
    const stop = port.onChange((overview) => {
      for (const [send, audience] of this.windows) if (audience === 'facilitator') send({ type: 'screens', overview });
    });
    return () => {
      stop();
      if (this.screens === port) this.screens = undefined;
    };
  }

  private answerScreens(name: ScreensRequestName, payload: unknown): Result<unknown> {
    if (!this.screens) return fail('desktop_only', `${name} needs the desktop app: this host has no displays to choose from`);
    const parsed = screensRequestSchemas[name].safeParse(payload);
    if (!parsed.success) return fail('invalid_payload', `Invalid payload for ${name}`, fieldProblems(parsed.error));
    return this.screens.answer(name, parsed.data as never);
  }

  /** A drag under way goes to every other window as it is; nothing is stored. */
  private passOn(from: Send, payload: unknown): Result<null> {
    const preview = previewSchema.safeParse(payload);
    if (!preview.success) return fail('invalid_payload', 'Invalid board preview');
    if (preview.data.moves.length > 0) this.dragging.set(from, preview.data.boardId);
    else this.dragging.delete(from);
    const message: ServerMessage = { type: 'preview', ...preview.data };
    for (const [send, audience] of this.windows) if (send !== from && audience === 'facilitator') send(message);
    // The beamers, and the previews of them, by way of their feed: it holds a drag back while they are frozen.
    this.beamers.preview(message);
    return ok(null);
  }

  /** Freezing the beamers, and watching what they are sent: about the windows, not the data. */
  private windowRequest(send: Send, name: RequestName, payload: unknown): Result<unknown> {
    const checked = this.bus.validate(name, payload);
    if (!checked.ok) return checked;
    if (name === 'beamer.freeze') return ok({ frozen: this.freeze((checked.value.payload as { frozen: boolean }).frozen) });
    return ok({ watching: this.watch(send, (checked.value.payload as { watch: boolean }).watch) });
  }

  private freeze(frozen: boolean): boolean {
    if (frozen === this.beamers.frozen) return frozen;
    if (frozen) this.beamers.freeze();
    else this.beamers.release();
    for (const [send, audience] of this.windows) if (audience === 'facilitator') send({ type: 'beamerFrozen', frozen });
    return frozen;
  }

  /** A window that watches gets what a beamer gets, wrapped, from a snapshot on; asked again, a fresh snapshot. */
  private watch(send: Send, on: boolean): boolean {
    this.watching.get(send)?.();
    this.watching.delete(send);
    if (on) this.watching.set(send, this.beamers.add((message) => send({ type: 'room', message })));
    return on;
  }

  /** A beamer says whether it may play the chime; the facilitator's windows hear of every change. */
  private soundOf(from: Send, payload: unknown): Result<null> {
    const sound = beamerSoundSchema.safeParse(payload);
    if (!sound.success) return fail('invalid_payload', 'Invalid beamer sound report');
    const before = this.mutedBeamers.size > 0;
    if (sound.data.blocked) this.mutedBeamers.add(from);
    else this.mutedBeamers.delete(from);
    if (before !== this.mutedBeamers.size > 0) this.tellSound();
    return ok(null);
  }

  private tellSound(): void {
    const blocked = this.mutedBeamers.size > 0;
    for (const [send, audience] of this.windows) if (audience === 'facilitator') send({ type: 'beamerSound', blocked });
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
