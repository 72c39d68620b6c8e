import type { AppEvent } from '../contract/events.js';
import { mapEntries } from '../contract/id-record.js';
import type { Block } from '../planner/agenda.js';
import type { NameDisplay, NameShown } from '../participants/name-display.js';
import type { Participant } from '../participants/participant.js';
import { contentForRoom, namesOnBoard, participantForRoom, patchForRoom, roomNameShown } from '../participants/room-names.js';
import type { Session } from '../sessions/session.js';
import type { Snapshot } from '../state.js';
import type { Template } from '../planner/template.js';

/**
 * Who a window is: the facilitator's own view, or the beamer the whole room
 * reads. The beamer is never sent what is only for the facilitator, nor a
 * name in a form its session does not show to the room.
 */
export type Audience = 'facilitator' | 'beamer';

const session = (s: Session): Session => ({ ...s, notes: '' });
const block = (b: Block): Block => ({ ...b, facilitatorNotes: '' });
const participant = (p: Participant, shown: NameShown): Participant => participantForRoom({ ...p, email: '' }, shown);
const template = (t: Template): Template => ({ ...t, fields: { ...t.fields, facilitatorNotes: '' } });

/**
 * What the redaction needs to know of the state: how names of a session read
 * in the room (worked out once per session), and which session a board is of.
 */
export interface Room {
  namesOf(sessionId: string): NameShown;
  sessionOfBoard(boardId: string): string | undefined;
}

/** What of the state says how names read: the sessions, their participants and their boards. */
export type NamesState = Pick<Snapshot, 'sessions' | 'participants' | 'boards'>;

/** The room as of a state; the state is read only when a name needs it. */
export function roomOf(state: () => NamesState): Room {
  const found = new Map<string, NameShown>();
  return {
    namesOf(sessionId) {
      let shown = found.get(sessionId);
      if (!shown) {
        const s = state();
        const boards = Object.values(s.boards).filter((b) => b.sessionId === sessionId);
        shown = roomNameShown(s.sessions.find((x) => x.id === sessionId), s.participants[sessionId] ?? [], boards);
        found.set(sessionId, shown);
      }
      return shown;
    },
    sessionOfBoard: (boardId) => state().boards[boardId]?.sessionId,
  };
}

/** The snapshot without session notes, facilitator notes or e-mail addresses, and with names as each session shows them. */
export function snapshotForBeamer(s: Snapshot): Snapshot {
  const { namesOf } = roomOf(() => s);
  return {
    ...s,
    sessions: s.sessions.map(session),
    agendas: mapEntries(s.agendas, (blocks) => blocks.map(block)),
    participants: mapEntries(s.participants, (list, id) => list.map((p) => participant(p, namesOf(id)))),
    boards: mapEntries(s.boards, (b) => ({ ...b, content: contentForRoom(b.content, namesOf(b.sessionId)) })),
    templates: s.templates.map(template),
  };
}

/**
 * The same rule for each event, so the beamer's state stays what the
 * snapshot rule gives. `room` is as of the state once the event's batch is
 * applied.
 */
export function eventForBeamer(event: AppEvent, room: Room): AppEvent {
  const { namesOf } = room;
  switch (event.type) {
    case 'session.created':
    case 'session.updated':
      return { ...event, session: session(event.session) };
    case 'block.added':
    case 'block.updated':
      return { ...event, block: block(event.block) };
    case 'participant.added':
    case 'participant.updated':
      return { ...event, participant: participant(event.participant, namesOf(event.participant.sessionId)) };
    case 'participants.imported':
      return { ...event, participants: event.participants.map((p) => participant(p, namesOf(event.sessionId))) };
    case 'template.saved':
      return { ...event, template: template(event.template) };
    case 'board.created':
      return { ...event, board: { ...event.board, content: contentForRoom(event.board.content, namesOf(event.board.sessionId)) } };
    case 'board.patched': {
      const sessionId = room.sessionOfBoard(event.boardId);
      return sessionId === undefined ? event : { ...event, patch: patchForRoom(event.patch, namesOf(sessionId)) };
    }
    default:
      return event;
  }
}

/** How each name of a session reads in the room: what the beamer holds of it. */
export interface RoomLabels {
  display: NameDisplay;
  labels: Map<string, string>;
}

/** The labels of `sessions` (every session when left out) as of `state`. */
export function roomLabelsIn(state: Snapshot, { namesOf }: Room = roomOf(() => state), sessions?: ReadonlySet<string>): Map<string, RoomLabels> {
  const all = new Map<string, RoomLabels>();
  for (const s of state.sessions) {
    if (sessions && !sessions.has(s.id)) continue;
    const shown = namesOf(s.id);
    const names = (state.participants[s.id] ?? []).map((p) => p.name);
    for (const b of Object.values(state.boards)) if (b.sessionId === s.id) names.push(...namesOnBoard(b.content));
    all.set(s.id, { display: s.nameDisplay, labels: new Map([...new Set(names)].map((name) => [name, shown(name)])) });
  }
  return all;
}

/**
 * Whether the beamer, holding names as `before` reads them, would show a
 * name differently under `after`: the display was switched, or a newcomer
 * with the same initials made an old label longer. Events then cannot bring
 * it up to date; it needs a fresh snapshot.
 */
export function labelsChanged(before: ReadonlyMap<string, RoomLabels>, after: ReadonlyMap<string, RoomLabels>): boolean {
  for (const [sessionId, now] of after) {
    const old = before.get(sessionId);
    if (!old) continue;
    if (!now) continue;
    if (now.display !== old.display) return true;
    for (const [name, label] of old.labels) {
      const next = now.labels.get(name);
      if (next !== undefined && next !== label) return true;
    }
  }
  return false;
}
