import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core/core.js';
import { milestonesOf, proposalsOf } from '../../shared/actions/actions-query.js';
import type { ActionCommand } from '../../shared/actions/actions-schema.js';
import type { Participant } from '../../shared/participants/participant.js';
import type { Session } from '../../shared/sessions/session.js';
import { unchangedLater, value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

/** What a real iCalendar reader finds in the file, not what wrote it. */
function eventsIn(file: string) {
  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, start: event.startDate.toString(), allDay: event.startDate.isDate, summary: event.summary, description: event.description };
  });
}

function evening(core: Core) {
  const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond: samen/verder', date: '2027-01-31' }));
  const anouk = value<Participant>(core.bus.dispatch('participant.add', { sessionId: session.id, fields: { name: 'Anouk' } }));
  const apply = (command: ActionCommand) => value(core.bus.dispatch('actions.apply', { sessionId: session.id, command }));
  apply({ op: 'addProposal', id: 'a', kind: 'proposal', title: 'Eén loket' });
  apply({ op: 'addProposal', id: 'b', kind: 'proposal', title: 'Buurtkamer' });
  // An experiment has a horizon, not four milestones: it is not in this calendar.
  apply({ op: 'addProposal', id: 'x', kind: 'experiment', title: 'Ochtendkoffie' });
  apply({ op: 'join', participantId: anouk.id, proposalId: 'a' });
  const month = milestonesOf(core.store.actions.get(session.id).content, 'a')[1]!;
  apply({ op: 'setMilestone', id: month.id, deliverable: 'Een eerste loketdag', ownerId: anouk.id });
  return { session, apply };
}

describe('the milestones’ calendar', () => {
  it('writes one all-day event per milestone, read back by ical.js with the days and summaries, and a second export next to the first with the same UIDs', async () => {
    const exportDir = tempDir();
    const core = createCore(tempDir(), { exportDir: () => exportDir });
    const { session, apply } = evening(core);
    const first = value<{ path: string; events: number }>(await core.bus.run('actions.exportCalendar', { sessionId: session.id }));
    expect(path.dirname(first.path)).toBe(exportDir);
    expect(path.basename(first.path)).toMatch(/^Avond samen verder mijlpalen \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.ics$/);
    const events = eventsIn(first.path);
    expect(first.events).toBe(8);
    expect(events).toHaveLength(8);
    expect(events.every((e) => e.allDay)).toBe(true);
    expect(events.slice(0, 4).map((e) => e.start)).toEqual(['2027-02-07', '2027-02-28', '2027-04-30', '2028-01-31']);
    expect(events[1]).toMatchObject({ summary: 'Eén loket: Een eerste loketdag' });
    expect(events[1]!.description).toContain('Eigenaar: Anouk');
    expect(events[4]).toMatchObject({ summary: 'Buurtkamer: mijlpaal na 1 week', start: '2027-02-07' });
    expect(new Set(events.map((e) => e.uid)).size).toBe(8);

    // A changed date: the second file is written beside the first, and its event keeps the UID, so a calendar updates it.
    const [, b] = proposalsOf(core.store.actions.get(session.id).content);
    const week = milestonesOf(core.store.actions.get(session.id).content, b!.id)[0]!;
    apply({ op: 'setMilestone', id: week.id, date: '2027-02-12' });
    const second = value<{ path: string }>(await core.bus.run('actions.exportCalendar', { sessionId: session.id }));
    expect(second.path).not.toBe(first.path);
    expect(eventsIn(first.path)).toEqual(events);
    const again = eventsIn(second.path);
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(again[4]).toMatchObject({ start: '2027-02-12', uid: events[4]!.uid });
    core.close();
  });

  it('refuses a session that does not exist or has no milestones, and writes nothing', async () => {
    const exportDir = tempDir();
    const core = createCore(tempDir(), { exportDir: () => exportDir });
    const empty = value<Session>(core.bus.dispatch('session.create', { title: 'Leeg' }));
    expect((await unchangedLater(core, () => core.bus.run('actions.exportCalendar', { sessionId: 'nope' })))?.code).toBe('not_found');
    expect((await unchangedLater(core, () => core.bus.run('actions.exportCalendar', { sessionId: empty.id })))).toMatchObject({ code: 'invalid_payload', fields: [{ field: 'milestones', problem: 'too_small' }] });
    expect(fs.readdirSync(exportDir)).toEqual([]);
    core.close();
  });
});
