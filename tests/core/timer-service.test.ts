import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import type { Block } from '../../shared/planner/agenda.js';
import type { SequencedEvent } from '../../shared/contract/events.js';
import { MAX_PHASE_MS, remaining, type RunState } from '../../shared/run/run.js';
import { MAX_TIMEOUT_MS } from '../../main/core/run/timer-service.js';
import type { Session } from '../../shared/sessions/session.js';
import { manualTime } from '../support/manual-time.js';
import { value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const SEC = 1000;

function liveInterview(dir: string, time = manualTime()) {
  const core = createCore(dir, { runClock: time.clock, timers: time.timers });
  const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond' }));
  const block = value<Block>(
    core.bus.dispatch('block.add', {
      sessionId: session.id,
      fields: {
        title: 'Interview',
        durationMinutes: 1,
        phases: [
          { label: 'A interviewt B', minutes: 0.5, advance: 'auto' },
          { label: 'B interviewt A', minutes: 0.5, advance: 'manual', announce: 'Wissel!' },
        ],
      },
    }),
  );
  value(core.bus.dispatch('block.add', { sessionId: session.id, fields: { title: 'Pauze', durationMinutes: 15 } }));
  const events: SequencedEvent[] = [];
  core.bus.subscribe((e) => events.push(...e));
  return { core, session, block, events, time };
}

const runs = (events: SequencedEvent[]) =>
  events.flatMap((e) => (e.event.type === 'run.updated' && e.event.run ? [e.event.run] : []));

describe('timer service', () => {
  it('swaps at the due moment by itself, then signals the end and counts over time', () => {
    const { core, session, events, time } = liveInterview(tempDir());
    value(core.bus.dispatch('run.start', { sessionId: session.id }));
    expect(time.pendingCount()).toBe(1);

    time.advance(30 * SEC);
    const swapped = runs(events).at(-1)!;
    expect(swapped).toMatchObject({ phaseIndex: 1, signal: { kind: 'swap', announce: 'Wissel!' } });
    expect(remaining(swapped, time.clock.now())).toBe(30 * SEC);

    time.advance(30 * SEC);
    expect(runs(events).at(-1)).toMatchObject({ phaseIndex: 1, ended: true, signal: { kind: 'phase-end' } });
    expect(time.pendingCount()).toBe(0);
    expect(remaining(core.store.state().run!, time.clock.now() + 2 * SEC)).toBe(-2 * SEC);
    core.close();
  });

  it('does not fire while paused, and resumes where it stood', () => {
    const { core, session, time } = liveInterview(tempDir());
    value(core.bus.dispatch('run.start', { sessionId: session.id }));
    time.advance(10 * SEC);
    value(core.bus.dispatch('run.pause', {}));
    expect(time.pendingCount()).toBe(0);
    time.advance(10 * 60 * SEC);
    value(core.bus.dispatch('run.resume', {}));
    expect(remaining(core.store.state().run!, time.clock.now())).toBe(20 * SEC);
    value(core.bus.dispatch('run.adjust', { minutes: 1 }));
    time.advance(79 * SEC);
    expect(core.store.state().run!.phaseIndex).toBe(0);
    time.advance(1 * SEC);
    expect(core.store.state().run!.phaseIndex).toBe(1);
    core.close();
  });

  it('after a restart, resumes with the right remaining time, catching up what ended meanwhile', () => {
    const dir = tempDir();
    const first = liveInterview(dir);
    value(first.core.bus.dispatch('run.start', { sessionId: first.session.id }));
    first.time.advance(20 * SEC);
    first.core.close();

    // Down for 25 seconds: phase A ended 15 seconds ago, B has 15 left.
    const time = manualTime(first.time.clock.now() + 25 * SEC);
    const second = createCore(dir, { runClock: time.clock, timers: time.timers });
    const run = second.store.state().run as RunState;
    expect(run).toMatchObject({ phaseIndex: 1, live: true });
    expect(remaining(run, time.clock.now())).toBe(15 * SEC);
    expect(time.pendingCount()).toBe(1);
    second.close();
  });

  it('moves between blocks with their actual times, and keeps them after live mode ends', () => {
    const { core, session, block, time } = liveInterview(tempDir());
    const started = time.clock.now();
    value(core.bus.dispatch('run.start', { sessionId: session.id }));
    time.advance(70 * SEC);
    value(core.bus.dispatch('run.step', { direction: 1 }));
    const run = core.store.state().run!;
    expect(run.actuals[block.id]).toEqual({ start: started, end: started + 70 * SEC });
    expect(remaining(run, time.clock.now())).toBe(15 * 60 * SEC);
    value(core.bus.dispatch('run.stop', {}));
    const stopped = core.store.state().run!;
    expect(stopped.live).toBe(false);
    expect(Object.keys(stopped.actuals)).toHaveLength(2);
    expect(core.bus.dispatch('run.pause', {}).ok).toBe(false);
    core.close();
  });

  it('keeps a phase to twelve hours however often time is added, and never waits longer than Node can', () => {
    const { core, session, time } = liveInterview(tempDir());
    value(core.bus.dispatch('run.start', { sessionId: session.id }));
    for (let i = 0; i < 600; i++) value(core.bus.dispatch('run.adjust', { minutes: 60 }));
    const run = core.store.state().run!;
    expect(run.phaseMs).toBe(MAX_PHASE_MS);
    // Node runs a longer timeout at once, then every millisecond.
    expect(Math.max(...time.waits)).toBeLessThanOrEqual(MAX_TIMEOUT_MS);
    expect(MAX_TIMEOUT_MS).toBeLessThan(2 ** 31 - 1);
    const waitsBefore = time.waits.length;
    time.advance(MAX_PHASE_MS + SEC);
    expect(core.store.state().run).toMatchObject({ phaseIndex: 1 });
    // Looked at once an hour, not once a millisecond.
    expect(time.waits.length - waitsBefore).toBeLessThanOrEqual(14);
    core.close();
  });

  it('refuses to start a session without blocks, and changes nothing', () => {
    const time = manualTime();
    const core = createCore(tempDir(), { runClock: time.clock, timers: time.timers });
    const session = value<Session>(core.bus.dispatch('session.create', { title: 'Leeg' }));
    const before = core.store.state();
    expect(core.bus.dispatch('run.start', { sessionId: session.id }).ok).toBe(false);
    expect(core.bus.dispatch('run.adjust', { minutes: 0 }).ok).toBe(false);
    expect(core.store.state()).toEqual(before);
    core.close();
  });
});
