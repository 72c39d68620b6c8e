import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core/core.js';
import type { AppEvent } from '../../shared/contract/events.js';
import { parsePastedParticipants, readableRows } from '../../shared/participants/participant-paste.js';
import type { Participant, ParticipantFields } from '../../shared/participants/participant.js';
import type { Session } from '../../shared/sessions/session.js';
import { useTempDir } from '../support/temp-dir.js';
import { value, unchanged } from '../support/results.js';

const tempDir = useTempDir();

function setup() {
  const dir = tempDir();
  const core = createCore(dir);
  const session = value<Session>(core.bus.dispatch('session.create', { title: 'Startavond' }));
  const events: AppEvent[] = [];
  core.bus.subscribe((sequenced) => events.push(...sequenced.map((s) => s.event)));
  const add = (name: string, fields: Partial<ParticipantFields> = {}) =>
    value<Participant>(core.bus.dispatch('participant.add', { sessionId: session.id, fields: { name, ...fields } }));
  const names = (c: Core = core) => c.store.participants.list(session.id).map((p) => p.name);
  return { dir, core, session, events, add, names };
}



const fields = (n: number): ParticipantFields => ({
  name: `Deelnemer ${n}`,
  organisation: `Organisatie ${n % 5}`,
  role: n % 10 === 0 ? 'voorbereider' : 'deelnemer',
  jobTitle: n % 4 === 0 ? 'wijkagent' : '',
  email: `d${n}@voorbeeld.nl`,
  joinedMonth: `${2000 + (n % 20)}-${String((n % 12) + 1).padStart(2, '0')}`,
});

describe('participants', () => {
  it('adds with defaults, at the end, and says so in an event', () => {
    const { core, session, add, names, events } = setup();
    const anna = add('  Anna de Vries  ', { organisation: 'Gemeente', email: 'anna@x.nl', joinedMonth: '2019-03' });
    add('Bram');
    expect(anna).toMatchObject({
      sessionId: session.id,
      name: 'Anna de Vries',
      organisation: 'Gemeente',
      role: 'deelnemer',
      email: 'anna@x.nl',
      joinedMonth: '2019-03',
    });
    expect(names()).toEqual(['Anna de Vries', 'Bram']);
    expect(events).toEqual([
      { type: 'participant.added', participant: anna },
      { type: 'participant.added', participant: expect.objectContaining({ name: 'Bram' }) },
    ]);
    expect(core.store.state().participants[session.id]).toEqual(core.store.participants.list(session.id));
    core.close();
  });

  it('updates only the fields given', () => {
    const { core, add, events } = setup();
    const anna = add('Anna', { email: 'anna@x.nl' });
    const updated = value<Participant>(
      core.bus.dispatch('participant.update', { id: anna.id, changes: { role: 'procesbegeleider', joinedMonth: '2020-11' } }),
    );
    expect(updated).toEqual({ ...anna, role: 'procesbegeleider', joinedMonth: '2020-11' });
    expect(core.store.participants.get(anna.id)).toEqual(updated);
    expect(events.at(-1)).toEqual({ type: 'participant.updated', participant: updated });
    core.close();
  });

  it('deletes, answers with the place, and keeps the order of the rest', () => {
    const { core, add, names, events } = setup();
    add('A');
    const b = add('B');
    add('C');
    const removed = value<{ participant: Participant; index: number }>(core.bus.dispatch('participant.delete', { id: b.id }));
    expect(removed).toEqual({ participant: b, index: 1 });
    expect(events.at(-1)).toEqual({ type: 'participant.deleted', id: b.id, sessionId: b.sessionId });
    add('D');
    expect(names()).toEqual(['A', 'C', 'D']);
    expect(core.store.participants.get(b.id)).toBeUndefined();
    core.close();
  });

  it('imports 57 participants in one transaction with one event, all on disk after reopening', () => {
    const { dir, core, session, add, names, events } = setup();
    add('Al eerder');
    const seqBefore = core.store.state().seq;
    const list = Array.from({ length: 57 }, (_, i) => fields(i + 1));
    const imported = value<Participant[]>(core.bus.dispatch('participant.import', { sessionId: session.id, participants: list }));
    expect(imported).toHaveLength(57);
    expect(new Set(imported.map((p) => p.id)).size).toBe(57);
    expect(core.store.state().seq).toBe(seqBefore + 1);
    expect(events.at(-1)).toEqual({ type: 'participants.imported', sessionId: session.id, participants: imported });
    core.close();

    const reopened = createCore(dir);
    expect(names(reopened)).toEqual(['Al eerder', ...list.map((f) => f.name)]);
    expect(reopened.store.participants.list(session.id).slice(1)).toEqual(imported);
    expect(reopened.store.state().participants[session.id]).toHaveLength(58);
    reopened.close();
  });

  it('imports what a pasted list of 60 can read: everyone with a name, a wethouder as a deelnemer with that function', () => {
    const { core, session, names } = setup();
    const rows = Array.from({ length: 60 }, (_, i) => `Deelnemer ${i + 1};Gemeente;deelnemer;d${i + 1}@voorbeeld.nl;mrt 2019`);
    rows[4] = 'Deelnemer 5;Gemeente;deelnemer;d5@@voorbeeld.nl';
    rows[20] = ';Gemeente';
    rows[40] = 'Deelnemer 41;Gemeente;wethouder';
    const readable = readableRows(parsePastedParticipants(rows.join('\n')));
    expect(readable).toHaveLength(59);
    value(core.bus.dispatch('participant.import', { sessionId: session.id, participants: readable.map((r) => r.fields) }));
    expect(names()).toHaveLength(59);
    expect(core.store.participants.list(session.id).find((p) => p.name === 'Deelnemer 41')).toMatchObject({ role: 'deelnemer', jobTitle: 'wethouder' });
    expect(core.store.participants.list(session.id).find((p) => p.name === 'Deelnemer 5')).toMatchObject({ email: '' });
    core.close();
  });

  it('keeps none of an import that fails half-way on disk', () => {
    const { core, session, names } = setup();
    const insert = core.store.participants.insert.bind(core.store.participants);
    let calls = 0;
    core.store.participants.insert = (participant) => {
      if (++calls === 30) throw new Error('disk full');
      return insert(participant);
    };
    const list = Array.from({ length: 57 }, (_, i) => fields(i + 1));
    const error = unchanged(core, () => core.bus.dispatch('participant.import', { sessionId: session.id, participants: list }));
    expect(error?.code).toBe('internal');
    expect(calls).toBe(30);
    expect(names()).toEqual([]);
    core.close();
  });

  it('rejects an import with one bad row whole, names the row, and changes nothing', () => {
    const { core, session, add } = setup();
    add('Al eerder');
    const list: unknown[] = Array.from({ length: 10 }, (_, i) => fields(i + 1));
    list[6] = { ...fields(7), email: 'jan@@voorbeeld' };
    const error = unchanged(core, () => core.bus.dispatch('participant.import', { sessionId: session.id, participants: list }));
    expect(error?.code).toBe('invalid_payload');
    expect(error?.fields).toEqual([{ field: 'participants.6.email', problem: 'invalid' }]);
    core.close();
  });

  it.each([
    ['an empty list', []],
    ['more than 1000', Array.from({ length: 1001 }, (_, i) => fields(i))],
    ['a row without a name', [{ ...fields(1), name: '  ' }]],
    ['an unknown role', [{ ...fields(1), role: 'koning' }]],
    ['a month that does not exist', [{ ...fields(1), joinedMonth: '2019-13' }]],
    ['a year before 1950', [{ ...fields(1), joinedMonth: '1949-12' }]],
    ['an unknown field', [{ ...fields(1), phone: '06' }]],
  ])('rejects an import of %s and changes nothing', (_label, participants) => {
    const { core, session } = setup();
    const error = unchanged(core, () => core.bus.dispatch('participant.import', { sessionId: session.id, participants }));
    expect(error?.code).toBe('invalid_payload');
    core.close();
  });

  it.each([
    ['an empty name', { name: '' }, 'name', 'required'],
    ['a name over 120 characters', { name: 'a'.repeat(121) }, 'name', 'too_long'],
    ['an organisation over 120 characters', { organisation: 'a'.repeat(121) }, 'organisation', 'too_long'],
    ['an email that is no address', { email: 'jan@@voorbeeld' }, 'email', 'invalid'],
    ['an email over 200 characters', { email: `${'a'.repeat(200)}@x.nl` }, 'email', 'too_long'],
    ['an unknown role', { role: 'koning' }, 'role', 'invalid'],
    ['a month in another format', { joinedMonth: 'maart 2019' }, 'joinedMonth', 'invalid'],
  ])('rejects %s with the field named, and changes nothing', (_label, change, field, problem) => {
    const { core, session, add } = setup();
    const anna = add('Anna');
    const onAdd = unchanged(core, () =>
      core.bus.dispatch('participant.add', { sessionId: session.id, fields: { name: 'Nieuw', ...change } }),
    );
    expect(onAdd?.fields?.[0]).toMatchObject({ field: `fields.${field}`, problem });
    const onUpdate = unchanged(core, () => core.bus.dispatch('participant.update', { id: anna.id, changes: change }));
    expect(onUpdate?.fields?.[0]).toMatchObject({ field: `changes.${field}`, problem });
    core.close();
  });

  it('answers not_found for an unknown session or participant, and changes nothing', () => {
    const { core } = setup();
    expect(unchanged(core, () => core.bus.dispatch('participant.add', { sessionId: 'nope', fields: { name: 'A' } }))?.code).toBe('not_found');
    expect(
      unchanged(core, () => core.bus.dispatch('participant.import', { sessionId: 'nope', participants: [fields(1)] }))?.code,
    ).toBe('not_found');
    expect(unchanged(core, () => core.bus.dispatch('participant.update', { id: 'nope', changes: {} }))?.code).toBe('not_found');
    expect(unchanged(core, () => core.bus.dispatch('participant.delete', { id: 'nope' }))?.code).toBe('not_found');
    core.close();
  });

  it('removes the participants with their session, and only those', () => {
    const { core, session, add } = setup();
    add('A');
    add('B');
    const other = value<Session>(core.bus.dispatch('session.create', { title: 'Tweede avond' }));
    value(core.bus.dispatch('participant.add', { sessionId: other.id, fields: { name: 'C' } }));
    value(core.bus.dispatch('session.delete', { id: session.id }));
    expect(core.store.participants.list(session.id)).toEqual([]);
    expect(Object.keys(core.store.state().participants)).toEqual([other.id]);
    const count = core.store.db.prepare('SELECT count(*) AS n FROM participants WHERE session_id = ?').get(session.id);
    expect(count).toEqual({ n: 0 });
    core.close();
  });
});
