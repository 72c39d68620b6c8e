import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import { nativeBindingPath } from '../../main/core/store/native-binding.js';
import type { Block } from '../../shared/planner/agenda.js';
import type { Phase } from '../../shared/planner/werkvorm.js';
import type { RunState } from '../../shared/run/run.js';
import type { Session } from '../../shared/sessions/session.js';
import { manualTime } from '../support/manual-time.js';
import { unchanged, value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const MIN = 60_000;

const halves: Phase[] = [
  { label: 'A interviewt B', minutes: 15, advance: 'auto', fixed: true },
  { label: 'B interviewt A', minutes: 15, advance: 'manual', announce: 'Wissel!', fixed: true },
];
const sharing: Phase[] = [
  { label: 'Rondje', minutes: 15, advance: 'auto' },
  { label: 'Essenties', minutes: 10, advance: 'auto' },
  { label: 'Top 3', minutes: 10, advance: 'manual' },
];

function evening(dir = tempDir()) {
  const time = manualTime();
  const core = createCore(dir, { runClock: time.clock, timers: time.timers });
  const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond', startTime: '16:00', endTime: '21:00' }));
  const add = (title: string, durationMinutes: number, phases: Phase[] = []) =>
    value<Block>(core.bus.dispatch('block.add', { sessionId: session.id, fields: { title, durationMinutes, phases } }));
  const welkom = add('Welkom', 30);
  const interview = add('Interview', 30, halves);
  const delen = add('Ontdekken en delen', 35, sharing);
  const slot = add('Afsluiting', 45);
  return { core, time, session, welkom, interview, delen, slot };
}

describe('block lengths and phases', () => {
  it('shortens a block and its phases in one command, and refuses to cut the phases a werkvorm fixes', () => {
    const { core, interview, delen } = evening();
    const events: string[] = [];
    core.bus.subscribe((e) => events.push(...e.map((x) => x.event.type)));
    const shorter = value<Block>(core.bus.dispatch('block.update', { id: delen.id, changes: { durationMinutes: 25 } }));
    expect(shorter.phases.map((p) => p.minutes)).toEqual([11, 7, 7]);
    expect(events).toEqual(['block.updated']);
    expect(unchanged(core, () => core.bus.dispatch('block.update', { id: interview.id, changes: { durationMinutes: 20 } }))?.fields).toEqual([
      { field: 'durationMinutes', problem: 'fixed_phases', min: 30 },
    ]);
    // Longer keeps the fixed halves; a block of 45 holds them with room to spare.
    expect(value<Block>(core.bus.dispatch('block.update', { id: interview.id, changes: { durationMinutes: 45 } })).phases).toEqual(halves);
    core.close();
  });
});

describe('the run apart from the plan', () => {
  it('takes an accepted suggestion into the run only: live runs the shorter phases, the plan stays, and the run goes back on it', () => {
    const { core, time, session, interview, delen, slot } = evening();
    value(core.bus.dispatch('run.start', { sessionId: session.id }));
    const planned = core.store.blocks.list(session.id);

    const refused = unchanged(core, () => core.bus.dispatch('run.shorten', { updates: [{ id: delen.id, minutes: 25 }, { id: interview.id, minutes: 20 }] }));
    expect(refused?.fields).toEqual([{ field: 'updates.1.minutes', problem: 'fixed_phases', min: 30 }]);

    value(core.bus.dispatch('run.shorten', { updates: [{ id: delen.id, minutes: 25 }] }));
    value(core.bus.dispatch('run.drop', { blockId: slot.id }));
    expect(core.store.blocks.list(session.id)).toEqual(planned);
    expect(core.store.run.get()).toMatchObject({ adjusted: { [delen.id]: { minutes: 25, phases: [11, 7, 7] } }, dropped: [slot.id] });

    value(core.bus.dispatch('run.goTo', { blockId: delen.id }));
    expect(core.store.run.get()!.phaseMs).toBe(11 * MIN);
    time.advance(11 * MIN);
    expect(core.store.run.get()).toMatchObject({ phaseIndex: 1, phaseMs: 7 * MIN });
    // The block left out is passed over: → from the last one that runs stays put.
    value(core.bus.dispatch('run.step', { direction: 1 }));
    expect(core.store.run.get()!.blockId).toBe(delen.id);

    value(core.bus.dispatch('run.stop', {}));
    value(core.bus.dispatch('run.backToPlan', { sessionId: session.id }));
    const back = core.store.run.get()!;
    // What ran keeps its record; the closing is planned again.
    expect(back).toMatchObject({ live: false, adjusted: { [delen.id]: { minutes: 25 } }, dropped: [] });
    core.close();
  });

  it('reads back a run stored before the run kept its own lengths', () => {
    const dir = tempDir();
    const { core, session, welkom } = evening(dir);
    core.close();
    const db = new Database(path.join(dir, 'flipover.sqlite'), { nativeBinding: nativeBindingPath() });
    const old = {
      sessionId: session.id,
      live: true,
      blockId: welkom.id,
      phaseIndex: 0,
      status: 'paused',
      phaseMs: 30 * MIN,
      elapsedMs: 5 * MIN,
      runningSince: null,
      ended: false,
      actuals: { [welkom.id]: { start: 1 } },
      blackout: false,
      settings: { wrapUpMs: 2 * MIN, chimeOnBeamer: true, chimeOnFacilitator: false },
      signal: null,
    };
    db.prepare('INSERT INTO run_state (id, session_id, state_json) VALUES (1, ?, ?)').run(session.id, JSON.stringify(old));
    db.close();
    const time = manualTime();
    const again = createCore(dir, { runClock: time.clock, timers: time.timers });
    const run = again.store.state().run as RunState;
    expect(run).toMatchObject({ ...old, blockElapsedMs: 0, adjusted: {}, dropped: [] });
    expect(run.settings).toEqual({ wrapUpMs: 2 * MIN, chimeOnBeamer: true, chimeOnFacilitator: false, overtimeOnBeamer: true, countdownOnBoard: true });
    value(again.bus.dispatch('run.adjust', { minutes: 5 }));
    expect(again.store.run.get()!.adjusted[welkom.id]).toEqual({ minutes: 35, phases: [] });
    again.close();
  });
});
