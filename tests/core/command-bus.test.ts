import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import type { SequencedEvent } from '../../shared/contract/events.js';
import type { Result } from '../../shared/contract/result.js';
import type { Session } from '../../shared/sessions/session.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

const setup = () => {
  const core = createCore(tempDir());
  const seen: SequencedEvent[] = [];
  core.bus.subscribe((events) => seen.push(...events));
  const created = core.bus.dispatch('session.create', { title: 'Startavond' }) as Result<Session>;
  if (!created.ok) throw new Error('setup failed');
  return { core, seen, session: created.value };
};

const rejects = (result: Result<unknown>, code: string) => {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.code).toBe(code);
  return result;
};

describe('command bus', () => {
  it('numbers events 1, 2, 3 in order', () => {
    const { core, seen, session } = setup();
    core.bus.dispatch('session.update', { id: session.id, changes: { title: 'Tweede' } });
    core.bus.dispatch('session.delete', { id: session.id });
    expect(seen.map((e) => [e.seq, e.event.type])).toEqual([
      [1, 'session.created'],
      [2, 'session.updated'],
      [3, 'session.deleted'],
    ]);
    core.close();
  });

  const invalid: [string, unknown, unknown, string][] = [
    ['wrong types', 'session.create', { title: 42 }, 'invalid_payload'],
    ['a missing title', 'session.create', { venue: 'Zaal' }, 'invalid_payload'],
    ['an empty title', 'session.create', { title: '   ' }, 'invalid_payload'],
    ['a title of 10,000 characters', 'session.create', { title: 'x'.repeat(10_000) }, 'invalid_payload'],
    ['an unknown field', 'session.create', { title: 'A', colour: 'red' }, 'invalid_payload'],
    ['a bad date', 'session.create', { title: 'A', date: '2026-13-40' }, 'invalid_payload'],
    ['a bad time', 'session.create', { title: 'A', startTime: '25:00' }, 'invalid_payload'],
    ['a non-object payload', 'session.update', 'hallo', 'invalid_payload'],
    ['an unknown command', 'session.explode', {}, 'unknown_request'],
    ['a missing session', 'session.update', { id: 'nope', changes: { title: 'B' } }, 'not_found'],
    ['deleting a missing session', 'session.delete', { id: 'nope' }, 'not_found'],
    ['a title with half an emoji', 'session.update', { id: '(session)', changes: { title: 'Avond \uD83D' } }, 'invalid_payload'],
    ['a title of only NUL', 'session.create', { title: '\u0000' }, 'invalid_payload'],
    ['a block text with a control character', 'block.add', { sessionId: '(session)', fields: { title: 'Welkom\u0008' } }, 'invalid_payload'],
  ];

  it.each(invalid)('rejects %s and changes nothing', (_label, name, payload, code) => {
    const { core, seen, session } = setup();
    const before = core.store.state();
    const aimed = JSON.parse(JSON.stringify(payload).replaceAll('(session)', session.id)) as unknown;
    rejects(core.bus.dispatch(name, aimed), code);
    expect(core.store.state()).toEqual(before);
    expect(seen).toHaveLength(1);
    expect(core.store.sessions.get(session.id)?.title).toBe('Startavond');
    core.close();
  });

  it('says which field holds a character it cannot store, rather than failing inside SQLite', () => {
    const { core } = setup();
    const result = rejects(core.bus.dispatch('session.create', { title: '\u0000' }), 'invalid_payload');
    if (!result.ok) expect(result.error.fields).toEqual([{ field: 'title', problem: 'bad_character' }]);
    core.close();
  });

  it('names the failing field and the limit', () => {
    const { core } = setup();
    const result = rejects(core.bus.dispatch('session.create', { title: 'x'.repeat(10_000) }), 'invalid_payload');
    if (!result.ok) expect(result.error.fields).toEqual([{ field: 'title', problem: 'too_long', max: 200 }]);
    core.close();
  });

  it('clears the beamer when its session is deleted', () => {
    const { core, session } = setup();
    core.bus.dispatch('session.open', { id: session.id });
    core.bus.dispatch('session.delete', { id: session.id });
    expect(core.store.state().openSessionId).toBeNull();
    core.close();
  });

  it('gives a new window a snapshot, then only the events after it', () => {
    const { core, session } = setup();
    const received: unknown[] = [];
    const connection = core.hub.connect((m) => received.push(m));
    connection.receive({ type: 'request', id: 7, name: 'session.update', payload: { id: session.id, changes: { venue: 'Stadhuis' } } });
    expect(received).toMatchObject([
      { type: 'snapshot', snapshot: { seq: 1 } },
      { type: 'event', seq: 2, event: { type: 'session.updated' } },
      { type: 'response', id: 7, result: { ok: true } },
    ]);
    connection.close();
    core.close();
  });
});
