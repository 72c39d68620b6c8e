import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core/core.js';
import { questionOnBeamer, type BeamerQuestion } from '../../shared/beamer/beamer-question.js';
import type { SequencedEvent } from '../../shared/contract/events.js';
import type { Board } from '../../shared/board/board.js';
import { blockFromWerkvorm } from '../../shared/planner/block-from-werkvorm.js';
import type { Block } from '../../shared/planner/agenda.js';
import type { Session } from '../../shared/sessions/session.js';
import type { Werkvorm } from '../../shared/planner/werkvorm.js';
import { applySequenced, type Snapshot } from '../../shared/state.js';
import { unchanged, value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

/** A core with a session, and a window's copy of the state that follows its events. */
function setup() {
  const core = createCore(tempDir());
  const library = value<Werkvorm[]>(core.bus.dispatch('library.list', {}));
  const werkvorm = (id: string) => library.find((w) => w.id === id)!;
  const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond', startTime: '16:00', endTime: '21:00' }));
  const add = (id: string) => value<Block>(core.bus.dispatch('block.add', { sessionId: session.id, fields: blockFromWerkvorm(werkvorm(id)) }));
  let window: Snapshot = core.bus.snapshot();
  core.bus.subscribe((events: readonly SequencedEvent[]) => {
    for (const next of events) window = applySequenced(window, next) ?? window;
  });
  const ask = (payload: { blockId: string | null; index?: number; step?: 1 | -1; list?: boolean }) =>
    value<BeamerQuestion>(core.bus.dispatch('beamer.question', payload));
  return { core, session, werkvorm, add, ask, window: () => window };
}

/** What main holds and what a window made of the events agree. */
const inStep = (core: Core, window: Snapshot) => {
  const { now: _a, ...held } = core.bus.snapshot();
  const { now: _b, ...seen } = window;
  expect(seen).toEqual(held);
};

describe('a block’s questions', () => {
  it('come with a block made from a werkvorm, and are kept, changed and checked like every field', () => {
    const { core, add } = setup();
    const interview = add('waarderend-interview');
    expect(interview.questions).toHaveLength(6);
    expect(interview.questions[2]).toContain('{thema}');
    const reordered = [interview.questions[1]!, interview.questions[0]!, 'Een eigen vraag?'];
    value(core.bus.dispatch('block.update', { id: interview.id, changes: { questions: reordered } }));
    expect(core.store.blocks.get(interview.id)?.questions).toEqual(reordered);
    for (const questions of [[''], ['   '], ['x'.repeat(301)], Array.from({ length: 41 }, (_, i) => `Vraag ${i}?`)]) {
      const error = unchanged(core, () => core.bus.dispatch('block.update', { id: interview.id, changes: { questions } }));
      expect(error?.code).toBe('invalid_payload');
      expect(error?.fields?.[0]?.field).toMatch(/^changes\.questions/);
    }
    // A template keeps them.
    const template = value<{ fields: Block }>(core.bus.dispatch('template.save', { blockId: interview.id }));
    expect(template.fields.questions).toEqual(reordered);
    core.close();
  });
});

describe('the positive theme', () => {
  it('is kept with the session, at most 120 characters', () => {
    const { core, session } = setup();
    const updated = value<Session>(core.bus.dispatch('session.update', { id: session.id, changes: { theme: '  samenwerking rond de inwoner ' } }));
    expect(updated.theme).toBe('samenwerking rond de inwoner');
    expect(unchanged(core, () => core.bus.dispatch('session.update', { id: session.id, changes: { theme: 'x'.repeat(121) } }))?.fields).toEqual([
      { field: 'changes.theme', problem: 'too_long', max: 120 },
    ]);
    core.close();
  });

  it('fills the demo evening: its interview names the theme, and the session has one', () => {
    const core = createCore(tempDir());
    const demo = value<Session>(core.bus.dispatch('session.createDemo', {}));
    expect(demo.theme).toBe('samenwerking rond de inwoner');
    const interview = core.store.blocks.list(demo.id).find((b) => b.werkvormId === 'waarderend-interview')!;
    expect(interview.instructions).toContain('{thema}');
    expect(interview.questions).toHaveLength(6);
    core.close();
  });
});

describe('a question on the beamer', () => {
  it('is shown one at a time, stepped through and stopped at the ends, shown as a list, and taken off', () => {
    const { core, session, add, ask, window } = setup();
    const checkIn = add('check-in');
    const count = checkIn.questions.length;
    expect(ask({ blockId: checkIn.id })).toEqual({ blockId: checkIn.id, index: 0, list: false });
    expect(window().openSessionId).toBe(session.id);
    expect(ask({ blockId: checkIn.id, step: 1 }).index).toBe(1);
    expect(ask({ blockId: checkIn.id, step: 1 }).index).toBe(2);
    expect(ask({ blockId: checkIn.id, step: -1 }).index).toBe(1);
    expect(ask({ blockId: checkIn.id, index: count - 1 }).index).toBe(count - 1);
    expect(ask({ blockId: checkIn.id, step: 1 }).index).toBe(count - 1);
    expect(ask({ blockId: checkIn.id, list: true })).toEqual({ blockId: checkIn.id, index: count - 1, list: true });
    // A step leaves the list for one question again.
    expect(ask({ blockId: checkIn.id, step: -1 })).toEqual({ blockId: checkIn.id, index: count - 2, list: false });
    expect(questionOnBeamer(window())).toMatchObject({ block: { id: checkIn.id }, index: count - 2, list: false });
    inStep(core, window());
    core.close();

    const again = createCore(core.store.db.name.replace(/\/flipover\.sqlite$/, ''));
    expect(again.bus.snapshot().beamerQuestion).toEqual({ blockId: checkIn.id, index: count - 2, list: false });
    value(again.bus.dispatch('beamer.question', { blockId: null }));
    expect(again.bus.snapshot().beamerQuestion.blockId).toBeNull();
    again.close();
  });

  it('refuses a block without questions, a place past the last, an index with a step, and changes nothing', () => {
    const { core, add } = setup();
    const meal = add('maaltijd-pauze');
    const checkIn = add('check-in');
    expect(unchanged(core, () => core.bus.dispatch('beamer.question', { blockId: meal.id }))?.code).toBe('invalid_payload');
    expect(unchanged(core, () => core.bus.dispatch('beamer.question', { blockId: 'nope' }))?.code).toBe('not_found');
    expect(unchanged(core, () => core.bus.dispatch('beamer.question', { blockId: checkIn.id, index: checkIn.questions.length }))?.fields).toEqual([
      { field: 'index', problem: 'too_big', max: checkIn.questions.length - 1 },
    ]);
    expect(unchanged(core, () => core.bus.dispatch('beamer.question', { blockId: checkIn.id, index: 1, step: 1 }))?.code).toBe('invalid_payload');
    core.close();
  });

  it('makes way for a board, the title or the programme, and a board makes way for it', () => {
    const { core, session, add, ask, window } = setup();
    const checkIn = add('check-in');
    const board = value<Board>(core.bus.dispatch('board.create', { sessionId: session.id, title: 'Ideeën' }));
    value(core.bus.dispatch('beamer.board', { boardId: board.id }));
    ask({ blockId: checkIn.id, index: 3 });
    expect(window().beamerBoard.boardId).toBeNull();
    value(core.bus.dispatch('beamer.board', { boardId: board.id }));
    expect(window().beamerQuestion.blockId).toBeNull();
    ask({ blockId: checkIn.id });
    value(core.bus.dispatch('beamer.show', { view: 'agenda' }));
    expect(window().beamerQuestion.blockId).toBeNull();
    inStep(core, window());
    core.close();
  });

  it('goes with its block, and while the session runs shows only while its block is on', () => {
    const { core, session, add, ask, window } = setup();
    const checkIn = add('check-in');
    const interview = add('waarderend-interview');
    value(core.bus.dispatch('run.start', { sessionId: session.id }));
    ask({ blockId: checkIn.id, index: 2 });
    expect(questionOnBeamer(window())?.index).toBe(2);
    value(core.bus.dispatch('run.step', { direction: 1 }));
    expect(window().run?.blockId).toBe(interview.id);
    expect(questionOnBeamer(window())).toBeNull();
    value(core.bus.dispatch('run.step', { direction: -1 }));
    expect(questionOnBeamer(window())?.index).toBe(2);
    // Fewer questions than the place shown: the last one stays up.
    value(core.bus.dispatch('block.update', { id: checkIn.id, changes: { questions: ['Hoe zit je erbij?'] } }));
    expect(questionOnBeamer(window())).toMatchObject({ index: 0, block: { questions: ['Hoe zit je erbij?'] } });
    value(core.bus.dispatch('block.delete', { id: checkIn.id }));
    expect(window().beamerQuestion.blockId).toBeNull();
    inStep(core, window());
    core.close();
  });

  it('opens the session of its block on the beamer, and leaves with that session', () => {
    const { core, add, ask, window } = setup();
    const checkIn = add('check-in');
    const other = value<Session>(core.bus.dispatch('session.create', { title: 'Andere avond' }));
    value(core.bus.dispatch('session.open', { id: other.id }));
    ask({ blockId: checkIn.id });
    expect(window().openSessionId).toBe(checkIn.sessionId);
    value(core.bus.dispatch('session.delete', { id: checkIn.sessionId }));
    expect(window().beamerQuestion.blockId).toBeNull();
    inStep(core, window());
    core.close();
  });
});

describe('a block’s board', () => {
  it.each([
    ['progressiecirkel', 'progress'],
    ['cirkel-van-invloed-en-betrokkenheid', 'influence'],
    ['stakeholdermap', 'stakeholders'],
    ['historielijn', 'timeline'],
    ['schaalvraag', 'scale'],
    ['hoe-werkte-het-hier', 'columns'],
    ['partnerschapskaart', 'columns'],
    ['2x2-vragen', 'fields'],
    ['vastloopsituaties-patroondoorbrekers', 'cards'],
    ['gouden-en-grumpy-moments', 'notes'],
    ['check-in', 'notes'],
  ])('is made for %s as a %s board, linked to the block, and opened again after', (id, kind) => {
    const { core, session, add, window } = setup();
    const block = add(id);
    const made = value<Board>(core.bus.dispatch('board.forBlock', { blockId: block.id }));
    expect(made).toMatchObject({ kind, blockId: block.id, sessionId: session.id, title: block.title });
    const seq = core.bus.snapshot().seq;
    expect(value<Board>(core.bus.dispatch('board.forBlock', { blockId: block.id })).id).toBe(made.id);
    expect(core.bus.snapshot().seq).toBe(seq);
    expect(Object.values(window().boards).filter((b) => b.blockId === block.id)).toHaveLength(1);
    inStep(core, window());
    core.close();
  });

  it('is refused for a block that does not exist', () => {
    const { core } = setup();
    expect(unchanged(core, () => core.bus.dispatch('board.forBlock', { blockId: 'nope' }))?.code).toBe('not_found');
    core.close();
  });
});
