import { eventForBeamer, labelsChanged, roomLabelsIn, roomOf, snapshotForBeamer, type Room, type RoomLabels } from '../../../shared/beamer/beamer-redaction.js';
import type { AppEvent, SequencedEvent } from '../../../shared/contract/events.js';
import type { ServerMessage } from '../../../shared/contract/wire.js';
import type { Snapshot } from '../../../shared/state.js';
import type { CommandBus } from '../bus/command-bus.js';
import { isNameFree } from '../board/name-free-patches.js';

type Send = (message: ServerMessage) => void;

/** The session whose names may read differently after `event`, if any. */
function sessionOf(event: AppEvent, room: Room): string[] {
  switch (event.type) {
    case 'session.updated':
      return [event.session.id];
    case 'board.created':
      return [event.board.sessionId];
    case 'board.patched': {
      const sessionId = room.sessionOfBoard(event.boardId);
      return sessionId === undefined ? [] : [sessionId];
    }
    case 'participant.added':
    case 'participant.updated':
      return [event.participant.sessionId];
    case 'participant.deleted':
    case 'participants.imported':
      return [event.sessionId];
    default:
      return [];
  }
}

/** A board change that brings no name and takes none away: the room's form of it is itself. */
const leavesNames = (event: AppEvent) => event.type === 'board.patched' && isNameFree(event.patch);

/**
 * What every beamer window is sent: a snapshot, then each event, with what
 * only the facilitator may see taken out and names as the session shows them
 * to the room. Names are worked out here, in main, so a beamer never holds a
 * name it may not show. When a change makes names it already holds read
 * differently (the display switched, or a second "JdV" arrived), events
 * cannot say so, and the beamers get a fresh snapshot instead.
 */
export class BeamerFeed {
  private readonly windows = new Set<Send>();
  /** How names read in what the beamers hold now. */
  private labels = new Map<string, RoomLabels>();
  private unsubscribe: (() => void) | undefined;
  /**
   * While frozen: what the beamers held when it was frozen. Nothing that
   * changes what the room sees goes out meanwhile; a beamer that (re)connects
   * gets this same picture.
   */
  private held: Snapshot | undefined;

  constructor(private readonly bus: CommandBus) {}

  get frozen(): boolean {
    return this.held !== undefined;
  }

  /** Holds every beamer on what it shows now. */
  freeze(): void {
    this.held ??= snapshotForBeamer(this.bus.snapshot());
  }

  /** The room sees the current state again, at once. */
  release(): void {
    if (!this.held) return;
    this.held = undefined;
    const state = this.bus.snapshot();
    this.labels = roomLabelsIn(state);
    const message: ServerMessage = { type: 'snapshot', snapshot: snapshotForBeamer(state) };
    for (const send of this.windows) send(message);
  }

  /** Where notes are while a drag is under way; held back, like everything else, while frozen. */
  preview(message: ServerMessage, except?: Send): void {
    if (this.held) return;
    for (const send of this.windows) if (send !== except) send(message);
  }

  /** A beamer window: a snapshot now, then every event after it. Returns how to stop. */
  add(send: Send): () => void {
    const state = this.bus.snapshot();
    if (this.windows.size === 0) {
      this.labels = roomLabelsIn(state);
      this.unsubscribe = this.bus.subscribe((events) => this.receive(events));
    }
    this.windows.add(send);
    send({ type: 'snapshot', snapshot: this.shown(state) });
    return () => {
      this.windows.delete(send);
      if (this.windows.size > 0) return;
      this.unsubscribe?.();
      this.unsubscribe = undefined;
    };
  }

  /** After a restore: this beamer starts again from the state as it is now (a restore releases a freeze, see Hub). */
  restart(send: Send): void {
    const state = this.bus.snapshot();
    this.labels = roomLabelsIn(state);
    send({ type: 'snapshot', snapshot: snapshotForBeamer(state) });
  }

  /** The state as the beamer may see it, for a beamer that asks. */
  snapshot(): Snapshot {
    return this.shown();
  }

  /** What the room sees: the held picture while frozen, read on main's clock now so its countdown runs on. */
  private shown(state?: Snapshot): Snapshot {
    if (this.held) return { ...this.held, now: this.bus.now() };
    return snapshotForBeamer(state ?? this.bus.snapshot());
  }

  private receive(events: readonly SequencedEvent[]): void {
    // Frozen: nothing goes out; the release sends the state as it is then.
    if (this.held) return;
    const messages = this.messagesFor(events);
    // After the requester's answer has gone out, as for every window but the requester.
    queueMicrotask(() => {
      for (const send of this.windows) for (const message of messages) send(message);
    });
  }

  private messagesFor(events: readonly SequencedEvent[]): ServerMessage[] {
    // Read once, and only when a name needs it: a timer tick does not, nor a note typed without an author.
    let state: Snapshot | undefined;
    const after = () => (state ??= this.bus.snapshot());
    const room = roomOf(after);
    const touched = new Set(events.flatMap((e) => (leavesNames(e.event) ? [] : sessionOf(e.event, room))));
    if (touched.size > 0) {
      // Only sessions this batch changed can read differently now.
      const labels = roomLabelsIn(after(), room, touched);
      const changed = labelsChanged(this.labels, labels);
      for (const [sessionId, next] of labels) this.labels.set(sessionId, next);
      if (changed) return [{ type: 'snapshot', snapshot: snapshotForBeamer(after()) }];
    }
    return events.map((e) => ({ type: 'event', seq: e.seq, event: leavesNames(e.event) ? e.event : eventForBeamer(e.event, room) }));
  }
}
