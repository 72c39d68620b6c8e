import { eventForBeamer, labelsChanged, roomLabelsIn, roomOf, snapshotForBeamer, type Room, type RoomLabels } from '../../../shared/beamer/beamer-redaction.js';
import type { AppEvent, SequencedEvent } from '../../../shared/contract/events.js';
import type { ServerMessage } from '../../../shared/contract/wire.js';
import type { Snapshot } from '../../../shared/state.js';
import type { CommandBus } from '../bus/command-bus.js';

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

  constructor(private readonly bus: CommandBus) {}

  /** A beamer window: a snapshot now, then every event after it. Returns how to stop. */
  add(send: Send): () => void {
    const state = this.bus.snapshot();
    if (this.windows.size === 0) {
      this.labels = roomLabelsIn(state);
      this.unsubscribe = this.bus.subscribe((events) => this.receive(events));
    }
    this.windows.add(send);
    send({ type: 'snapshot', snapshot: snapshotForBeamer(state) });
    return () => {
      this.windows.delete(send);
      if (this.windows.size > 0) return;
      this.unsubscribe?.();
      this.unsubscribe = undefined;
    };
  }

  /** After a restore: this beamer starts again from the state as it is now. */
  restart(send: Send): void {
    const state = this.bus.snapshot();
    this.labels = roomLabelsIn(state);
    send({ type: 'snapshot', snapshot: snapshotForBeamer(state) });
  }

  /** The state as the beamer may see it, for a beamer that asks. */
  snapshot(): Snapshot {
    return snapshotForBeamer(this.bus.snapshot());
  }

  private receive(events: readonly SequencedEvent[]): void {
    const messages = this.messagesFor(events);
    // After the requester's answer has gone out, as for every window but the requester.
    queueMicrotask(() => {
      for (const send of this.windows) for (const message of messages) send(message);
    });
  }

  private messagesFor(events: readonly SequencedEvent[]): ServerMessage[] {
    // Read once, and only when a name needs it: a timer tick does not.
    let state: Snapshot | undefined;
    const after = () => (state ??= this.bus.snapshot());
    const room = roomOf(after);
    const touched = new Set(events.flatMap((e) => sessionOf(e.event, room)));
    if (touched.size > 0) {
      // Only sessions this batch changed can read differently now.
      const labels = roomLabelsIn(after(), room, touched);
      const changed = labelsChanged(this.labels, labels);
      for (const [sessionId, next] of labels) this.labels.set(sessionId, next);
      if (changed) return [{ type: 'snapshot', snapshot: snapshotForBeamer(after()) }];
    }
    return events.map((e) => ({ type: 'event', seq: e.seq, event: eventForBeamer(e.event, room) }));
  }
}
