import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core/core.js';
import type { ServerMessage } from '../../shared/contract/wire.js';
import type { Block } from '../../shared/planner/agenda.js';
import type { Session } from '../../shared/sessions/session.js';
import type { Snapshot } from '../../shared/state.js';
import { value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

/** Other windows get their copy of an event right after the requester's answer. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function seed(core: Core) {
  const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond in de wijk', centralQuestion: 'Wat werkt al?' }));
  value<Block>(core.bus.dispatch('block.add', { sessionId: session.id, fields: { title: 'Welkom', durationMinutes: 10 } }));
  value(core.bus.dispatch('session.open', { id: session.id }));
  return session;
}

function windowOf(core: Core, audience: 'facilitator' | 'beamer') {
  const received: ServerMessage[] = [];
  const connection = core.hub.connect((m) => received.push(m), audience);
  let id = 1;
  const ask = (name: string, payload: unknown) => {
    const asked = id++;
    connection.receive({ type: 'request', id: asked, name, payload });
    const answer = received.find((m): m is Extract<ServerMessage, { type: 'response' }> => m.type === 'response' && m.id === asked);
    return answer?.result;
  };
  return { received, connection, ask };
}

/** What a window that follows the beamer feed holds: the last snapshot with the events after it. */
const roomMessages = (messages: ServerMessage[]) => messages.filter((m) => m.type === 'snapshot' || m.type === 'event' || m.type === 'preview');
const lastSnapshot = (messages: ServerMessage[]): Snapshot | undefined => {
  const snapshots = messages.flatMap((m) => (m.type === 'snapshot' ? [m.snapshot] : []));
  return snapshots.at(-1);
};

describe('freezing the beamer', () => {
  it('sends a beamer nothing the room would see through three changes, then the current state at once on release', async () => {
    const core = createCore(tempDir());
    const session = seed(core);
    const beamer = windowOf(core, 'beamer');
    const facilitator = windowOf(core, 'facilitator');
    expect(lastSnapshot(beamer.received)?.sessions[0]?.title).toBe('Avond in de wijk');

    expect(facilitator.ask('beamer.freeze', { frozen: true })).toEqual({ ok: true, value: { frozen: true } });
    expect(facilitator.received.at(-2)).toEqual({ type: 'beamerFrozen', frozen: true });
    const before = beamer.received.length;

    // Three changes the room would see, and a drag under way on a board.
    value(core.bus.dispatch('session.update', { id: session.id, changes: { title: 'Avond in de buurt' } }));
    value(core.bus.dispatch('beamer.show', { view: 'agenda' }));
    value(core.bus.dispatch('run.start', { sessionId: session.id }));
    const board = value<{ id: string }>(core.bus.dispatch('board.create', { sessionId: session.id, title: 'Ideeën' }));
    facilitator.connection.receive({ type: 'request', id: 0, name: 'board.preview', payload: { boardId: board.id, moves: [{ id: 'n1', x: 10, y: 20 }] } });
    await settle();
    expect(roomMessages(beamer.received.slice(before))).toEqual([]);

    // A beamer that (re)connects meanwhile, or asks for the state, gets the held picture.
    const late = windowOf(core, 'beamer');
    const held = lastSnapshot(late.received)!;
    expect(held.sessions[0]?.title).toBe('Avond in de wijk');
    expect(held.beamerView).toBe('title');
    expect(held.run).toBeNull();
    const asked = late.ask('state.snapshot', {}) as { ok: true; value: Snapshot };
    expect(asked.value.sessions[0]?.title).toBe('Avond in de wijk');
    // Main's timers ran on: the run started while the beamer held still.
    expect(core.bus.snapshot().run?.live).toBe(true);

    expect(facilitator.ask('beamer.freeze', { frozen: false })).toEqual({ ok: true, value: { frozen: false } });
    // At once, not after the next change.
    for (const window of [beamer, late]) {
      const now = lastSnapshot(window.received)!;
      expect(now.sessions[0]?.title).toBe('Avond in de buurt');
      expect(now.beamerView).toBe('agenda');
      expect(now.run?.live).toBe(true);
    }
    expect(facilitator.received).toContainEqual({ type: 'beamerFrozen', frozen: false });

    // Released, changes flow again.
    const after = beamer.received.length;
    value(core.bus.dispatch('beamer.show', { view: 'title' }));
    await settle();
    expect(beamer.received.slice(after).some((m) => m.type === 'event' && m.event.type === 'beamer.shown')).toBe(true);
    core.close();
  });

  it('gives a watching facilitator window exactly what a beamer is sent, frozen or not', async () => {
    const core = createCore(tempDir());
    const session = seed(core);
    const beamer = windowOf(core, 'beamer');
    const facilitator = windowOf(core, 'facilitator');
    const from = beamer.received.length;
    expect(facilitator.ask('beamer.watch', { watch: true })).toEqual({ ok: true, value: { watching: true } });
    const watched = () => facilitator.received.flatMap((m) => (m.type === 'room' ? [m.message] : []));
    expect(lastSnapshot(watched())).toEqual({ ...lastSnapshot(beamer.received), now: lastSnapshot(watched())!.now });

    value(core.bus.dispatch('session.update', { id: session.id, changes: { notes: 'Alleen voor mij' } }));
    facilitator.ask('beamer.freeze', { frozen: true });
    value(core.bus.dispatch('beamer.show', { view: 'agenda' }));
    facilitator.ask('beamer.freeze', { frozen: false });
    await settle();
    // The clock reading aside, which each snapshot takes when it is sent.
    const timeless = (messages: ServerMessage[]) => messages.map((m) => (m.type === 'snapshot' ? { ...m, snapshot: { ...m.snapshot, now: 0 } } : m));
    expect(watched().length).toBeGreaterThan(2);
    expect(timeless(watched().slice(1))).toEqual(timeless(roomMessages(beamer.received.slice(from))));
    expect(JSON.stringify(watched())).not.toContain('Alleen voor mij');

    facilitator.ask('beamer.watch', { watch: false });
    const stopped = facilitator.received.length;
    value(core.bus.dispatch('beamer.show', { view: 'title' }));
    await settle();
    expect(facilitator.received.slice(stopped).some((m) => m.type === 'room')).toBe(false);
    core.close();
  });

  it('is refused to a beamer, and a restart shows the room the current state', () => {
    const dir = tempDir();
    const core = createCore(dir);
    const session = seed(core);
    const beamer = windowOf(core, 'beamer');
    expect(beamer.ask('beamer.freeze', { frozen: true })).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(beamer.ask('beamer.watch', { watch: true })).toMatchObject({ ok: false, error: { code: 'read_only' } });
    const facilitator = windowOf(core, 'facilitator');
    expect(facilitator.ask('beamer.freeze', { frozen: 'ja' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    facilitator.ask('beamer.freeze', { frozen: true });
    value(core.bus.dispatch('session.update', { id: session.id, changes: { title: 'Na de pauze' } }));
    core.close();

    const again = createCore(dir);
    const reopened = windowOf(again, 'beamer');
    expect(lastSnapshot(reopened.received)?.sessions[0]?.title).toBe('Na de pauze');
    expect(windowOf(again, 'facilitator').received.some((m) => m.type === 'beamerFrozen')).toBe(false);
    again.close();
  });
});
