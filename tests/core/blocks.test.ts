import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import type { Block } from '../../shared/planner/agenda.js';
import type { Session } from '../../shared/sessions/session.js';
import { useTempDir } from '../support/temp-dir.js';
import { value, unchanged } from '../support/results.js';

const tempDir = useTempDir();

function setup() {
  const core = createCore(tempDir());
  const session = value<Session>(
    core.bus.dispatch('session.create', { title: 'Avond', date: '2026-10-08', startTime: '16:00', endTime: '21:00' }),
  );
  const add = (title: string, fields: Record<string, unknown> = {}, index?: number) =>
    value<Block>(core.bus.dispatch('block.add', { sessionId: session.id, index, fields: { title, ...fields } }));
  const titles = () => core.store.blocks.list(session.id).map((b) => b.title);
  return { core, session, add, titles };
}



describe('agenda blocks', () => {
  it('adds at the end or at an index, and keeps every field', () => {
    const { core, add, titles, session } = setup();
    add('Welkom', { durationMinutes: 30 });
    add('Maaltijd', { durationMinutes: 30, fixedStart: '18:45' });
    add('Interview', {
      durationMinutes: 30,
      grouping: { kind: 'duos' },
      roles: false,
      phases: [
        { label: 'A interviewt B', minutes: 15, advance: 'auto' },
        { label: 'B interviewt A', minutes: 15, advance: 'auto', announce: 'Wissel!' },
      ],
      instructions: '1. Kies een partner\n2. Stel de vragen',
      facilitatorNotes: 'Let op de tijd',
      materials: 'geprinte vragen',
    }, 1);
    expect(titles()).toEqual(['Welkom', 'Interview', 'Maaltijd']);
    core.close();
    const reopened = createCore(core.store.db.name.replace(/\/flipover\.sqlite$/, ''));
    const [, interview] = reopened.store.blocks.list(session.id);
    expect(interview).toMatchObject({
      grouping: { kind: 'duos' },
      phases: [{ label: 'A interviewt B' }, { announce: 'Wissel!' }],
      facilitatorNotes: 'Let op de tijd',
    });
    expect(reopened.store.state().agendas[session.id]).toHaveLength(3);
    reopened.close();
  });

  it('duplicates below the original, moves, and restores a deleted block in its place', () => {
    const { core, add, titles } = setup();
    const a = add('A');
    add('B');
    const c = add('C');
    value(core.bus.dispatch('block.duplicate', { id: a.id }));
    expect(titles()).toEqual(['A', 'A', 'B', 'C']);
    value(core.bus.dispatch('block.move', { id: c.id, toIndex: 0 }));
    expect(titles()).toEqual(['C', 'A', 'A', 'B']);
    const removed = value<{ block: Block; index: number }>(core.bus.dispatch('block.delete', { id: c.id }));
    expect(removed.index).toBe(0);
    expect(titles()).toEqual(['A', 'A', 'B']);
    value(core.bus.dispatch('block.restore', removed));
    expect(titles()).toEqual(['C', 'A', 'A', 'B']);
    expect(core.store.blocks.get(c.id)).toEqual(c);
    core.close();
  });

  it.each(['constructor', '__proto__', 'toString'])('puts no block back under the id %s, which every object inherits', (name) => {
    const { core, add } = setup();
    const block = add('A');
    const removed = value<{ block: Block; index: number }>(core.bus.dispatch('block.delete', { id: block.id }));
    const error = unchanged(core, () => core.bus.dispatch('block.restore', { ...removed, block: { ...removed.block, id: name } }));
    expect(error).toMatchObject({ code: 'invalid_payload', fields: [{ field: 'block.id', problem: 'invalid' }] });
    core.close();
  });

  it('lets phases run longer than their block (the planner warns)', () => {
    const { add, core } = setup();
    const block = add('Lang', { durationMinutes: 10, phases: [{ label: 'x', minutes: 20, advance: 'manual' }] });
    expect(block.phases[0]!.minutes).toBe(20);
    core.close();
  });

  it.each([
    ['a negative duration', { durationMinutes: -5 }, 'durationMinutes', 'too_small'],
    ['a duration that is not a number', { durationMinutes: 'tien' }, 'durationMinutes', 'invalid'],
    ['a fractional duration', { durationMinutes: 7.5 }, 'durationMinutes', 'not_whole'],
    ['a block over 12 hours', { durationMinutes: 721 }, 'durationMinutes', 'too_big'],
    ['an empty title', { title: '  ' }, 'title', 'required'],
    ['a fixed start outside the session', { fixedStart: '22:15' }, 'fixedStart', 'outside_session'],
    ['a fixed start that is no time', { fixedStart: '7 uur' }, 'fixedStart', 'invalid'],
  ])('rejects %s with the field named, and changes nothing', (_label, change, field, problem) => {
    const { core, add } = setup();
    const block = add('Welkom');
    const onUpdate = unchanged(core, () => core.bus.dispatch('block.update', { id: block.id, changes: change }));
    expect(onUpdate?.fields?.[0]).toMatchObject({ field: expect.stringContaining(field), problem });
    const onAdd = unchanged(core, () =>
      core.bus.dispatch('block.add', { sessionId: block.sessionId, fields: { title: 'Nieuw', ...change } }),
    );
    expect(onAdd?.fields?.[0]).toMatchObject({ field: expect.stringContaining(field), problem });
    core.close();
  });

  it('removes the agenda with its session', () => {
    const { core, add, session } = setup();
    add('A');
    value(core.bus.dispatch('session.delete', { id: session.id }));
    expect(core.store.state().agendas).toEqual({});
    core.close();
  });
});

describe('several durations at once (an accepted schedule suggestion)', () => {
  it('sets them all in one go, or none when one block is missing', () => {
    const { core, add } = setup();
    const a = add('A', { durationMinutes: 45 });
    const b = add('B', { durationMinutes: 60 });
    value(core.bus.dispatch('block.setDurations', { updates: [{ id: a.id, durationMinutes: 30 }, { id: b.id, durationMinutes: 40 }] }));
    expect(core.store.blocks.list(a.sessionId).map((x) => x.durationMinutes)).toEqual([30, 40]);
    const error = unchanged(core, () =>
      core.bus.dispatch('block.setDurations', { updates: [{ id: a.id, durationMinutes: 20 }, { id: 'gone', durationMinutes: 10 }] }),
    );
    expect(error?.code).toBe('not_found');
    expect(unchanged(core, () => core.bus.dispatch('block.setDurations', { updates: [{ id: a.id, durationMinutes: 721 }] }))?.code).toBe(
      'invalid_payload',
    );
    core.close();
  });
});
