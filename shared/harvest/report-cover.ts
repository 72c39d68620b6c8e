import { referenceDay } from '../actions/milestone-dates.js';
import type { ParticipantRole } from '../participants/participant.js';
import type { Session } from '../sessions/session.js';
import type { StoredState } from '../state.js';
import { filled, textsOf, writtenDay, type HarvestContext } from './harvest-section.js';
import type { HarvestLang, ReportCover } from './report-model.js';

/**
 * The day the session was held, written out: its own date, or else the day
 * live mode first ran it (as its milestones count from); '' when neither.
 */
export function sessionDay(session: Session, run: StoredState['run'], lang: HarvestLang): string {
  const { day, source } = referenceDay(session, run, 0);
  return source === 'today' ? '' : writtenDay(day, lang);
}

/** The people of a role, as the export shows names; without names, how many they are. */
function peopleOf(role: ParticipantRole, ctx: HarvestContext): string {
  const people = ctx.participants.filter((p) => p.role === role);
  if (people.length === 0) return '';
  if (ctx.names === 'none') return textsOf(ctx).people(people.length);
  return people.map((p) => ctx.nameOf(p.id)).filter(Boolean).join(', ');
}

/** The cover: title, central question, date, venue, who led and who prepared it, and how many took part. Never the facilitator's notes. */
export function reportCover(session: Session, run: StoredState['run'], ctx: HarvestContext): ReportCover {
  const t = textsOf(ctx);
  const rows: [string, string][] = [
    [t.cover.question, filled(session.centralQuestion.trim(), session.theme)],
    [t.cover.date, sessionDay(session, run, ctx.lang)],
    [t.cover.venue, session.venue.trim()],
    [t.cover.facilitators, peopleOf('procesbegeleider', ctx)],
    [t.cover.preparation, peopleOf('voorbereider', ctx)],
    [t.cover.participants, ctx.participants.length > 0 ? String(ctx.participants.length) : ''],
  ];
  return { title: filled(session.title, session.theme), kind: t.reportKind, facts: rows.filter(([, value]) => value !== ''), contents: t.contents };
}
