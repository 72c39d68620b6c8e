import type { AppEvent } from '../contract/events.js';
import type { Block } from '../planner/agenda.js';
import type { Participant } from '../participants/participant.js';
import type { Session } from '../sessions/session.js';
import type { Snapshot } from '../state.js';
import type { Template } from '../planner/template.js';

/**
 * Who a window is: the facilitator's own view, or the beamer the whole room
 * reads. The beamer is never sent what is only for the facilitator.
 */
export type Audience = 'facilitator' | 'beamer';

const session = (s: Session): Session => ({ ...s, notes: '' });
const block = (b: Block): Block => ({ ...b, facilitatorNotes: '' });
const participant = (p: Participant): Participant => ({ ...p, email: '' });
const template = (t: Template): Template => ({ ...t, fields: { ...t.fields, facilitatorNotes: '' } });

const mapValues = <T>(record: Record<string, T[]>, fn: (item: T) => T): Record<string, T[]> =>
  Object.fromEntries(Object.entries(record).map(([key, items]) => [key, items.map(fn)]));

/** The snapshot without session notes, facilitator notes or e-mail addresses. */
export const snapshotForBeamer = (s: Snapshot): Snapshot => ({
  ...s,
  sessions: s.sessions.map(session),
  agendas: mapValues(s.agendas, block),
  participants: mapValues(s.participants, participant),
  templates: s.templates.map(template),
});

/** The same rule for each event, so the beamer's state stays what the snapshot rule gives. */
export function eventForBeamer(event: AppEvent): AppEvent {
  switch (event.type) {
    case 'session.created':
    case 'session.updated':
      return { ...event, session: session(event.session) };
    case 'block.added':
    case 'block.updated':
      return { ...event, block: block(event.block) };
    case 'participant.added':
    case 'participant.updated':
      return { ...event, participant: participant(event.participant) };
    case 'participants.imported':
      return { ...event, participants: event.participants.map(participant) };
    case 'template.saved':
      return { ...event, template: template(event.template) };
    default:
      return event;
  }
}
