import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import type { Block } from '../../shared/planner/agenda.js';
import type { Session } from '../../shared/sessions/session.js';
import type { Template } from '../../shared/planner/template.js';
import { useTempDir } from '../support/temp-dir.js';
import { value } from '../support/results.js';

const tempDir = useTempDir();


describe('own templates', () => {
  it('saves a block as a template and reuses it in another session, after a restart', () => {
    const dir = tempDir();
    const core = createCore(dir);
    const first = value<Session>(core.bus.dispatch('session.create', { title: 'Eerste', startTime: '16:00', endTime: '21:00' }));
    const block = value<Block>(
      core.bus.dispatch('block.add', {
        sessionId: first.id,
        fields: {
          title: 'Onze check-in',
          durationMinutes: 20,
          fixedStart: '16:30',
          phases: [{ label: 'Rondje', minutes: 20, advance: 'manual' }],
          instructions: '1. Noem je naam\n2. Wat gaf je energie deze week?',
        },
      }),
    );
    const template = value<Template>(core.bus.dispatch('template.save', { blockId: block.id }));
    expect(template.name).toBe('Onze check-in');
    expect(template.fields.fixedStart).toBe('');
    core.close();

    const again = createCore(dir);
    const [stored] = again.store.state().templates;
    expect(stored).toEqual(template);
    const second = value<Session>(again.bus.dispatch('session.create', { title: 'Tweede' }));
    const copy = value<Block>(again.bus.dispatch('block.add', { sessionId: second.id, fields: stored!.fields }));
    expect(copy).toMatchObject({ title: 'Onze check-in', durationMinutes: 20, phases: [{ label: 'Rondje' }] });
    value(again.bus.dispatch('template.delete', { id: template.id }));
    expect(again.store.state().templates).toEqual([]);
    again.close();
  });

  it('refuses to save a block that does not exist, and changes nothing', () => {
    const core = createCore(tempDir());
    const before = core.store.state();
    const result = core.bus.dispatch('template.save', { blockId: 'nope' });
    expect(result.ok).toBe(false);
    expect(core.store.state()).toEqual(before);
    core.close();
  });
});
