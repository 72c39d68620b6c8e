import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import type { Block } from '../../shared/planner/agenda.js';
import type { ServerMessage } from '../../shared/contract/wire.js';
import type { Participant } from '../../shared/participants/participant.js';
import type { Session } from '../../shared/sessions/session.js';
import { startHost } from '../support/host-process.js';
import { value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';
import { WsTestClient } from '../support/ws-client.js';

const tempDir = useTempDir();

const SECRET_BITS = ['Let op: wethouder komt later', 'Niet op de beamer', 'anna@voorbeeld.nl'];

function seed(dir: string) {
  const core = createCore(dir);
  const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond', notes: SECRET_BITS[0] }));
  value<Block>(core.bus.dispatch('block.add', { sessionId: session.id, fields: { title: 'Welkom', facilitatorNotes: SECRET_BITS[1] } }));
  value<Participant>(core.bus.dispatch('participant.add', { sessionId: session.id, fields: { name: 'Anna', email: SECRET_BITS[2] } }));
  return { core, session };
}

const leaks = (messages: unknown[]) => SECRET_BITS.filter((bit) => JSON.stringify(messages).includes(bit));

describe('the beamer audience', () => {
  it('gets no session notes, facilitator notes or e-mail addresses, in the snapshot or in events', async () => {
    const { core, session } = seed(tempDir());
    const toBeamer: ServerMessage[] = [];
    const toFacilitator: ServerMessage[] = [];
    const beamer = core.hub.connect((m) => toBeamer.push(m), 'beamer');
    const facilitator = core.hub.connect((m) => toFacilitator.push(m));
    facilitator.receive({ type: 'request', id: 1, name: 'session.update', payload: { id: session.id, changes: { notes: `${SECRET_BITS[0]}!` } } });
    beamer.receive({ type: 'request', id: 2, name: 'state.snapshot', payload: {} });
    // Other windows get their copy of an event right after the requester's answer.
    await Promise.resolve();

    expect(leaks(toFacilitator)).toEqual(SECRET_BITS);
    expect(leaks(toBeamer)).toEqual([]);
    const snapshot = toBeamer[0]!.type === 'snapshot' ? toBeamer[0]!.snapshot : undefined;
    expect(snapshot?.sessions[0]?.title).toBe('Avond');
    // Names reach the room as the session shows them: initials unless it says otherwise.
    expect(snapshot?.participants[session.id]?.[0]?.name).toBe('A');
    expect(toBeamer.some((m) => m.type === 'event' && m.event.type === 'session.updated')).toBe(true);
    core.close();
  });

  it('may only read: a command from the beamer is refused and changes nothing', () => {
    const { core, session } = seed(tempDir());
    const before = core.store.state();
    const answers: ServerMessage[] = [];
    const beamer = core.hub.connect((m) => answers.push(m), 'beamer');
    beamer.receive({ type: 'request', id: 9, name: 'session.delete', payload: { id: session.id } });
    expect(answers.at(-1)).toMatchObject({ type: 'response', id: 9, result: { ok: false, error: { code: 'read_only' } } });
    beamer.receive({ type: 'request', id: 10, name: 'library.list', payload: {} });
    expect(answers.at(-1)).toMatchObject({ type: 'response', id: 10, result: { ok: true } });
    expect(core.store.state()).toEqual(before);
    core.close();
  });

  it('is what the browser host gives a socket that says view=beamer', async () => {
    const dir = tempDir();
    seed(dir).core.close();
    const host = await startHost(dir);
    try {
      const beamer = await WsTestClient.connect(host.port, host.secret, 'beamer');
      const facilitator = await WsTestClient.connect(host.port, host.secret);
      expect(leaks([beamer.snapshot])).toEqual([]);
      expect(leaks([facilitator.snapshot])).toEqual(SECRET_BITS);
      await beamer.close();
      await facilitator.close();
    } finally {
      await host.stop();
    }
  });

  it('may say that its browser holds the chime back: only the facilitator’s windows hear it, nothing is stored, and it ends with the beamer', () => {
    const { core } = seed(tempDir());
    const before = core.store.state();
    const toFacilitator: ServerMessage[] = [];
    const toOther: ServerMessage[] = [];
    const facilitator = core.hub.connect((m) => toFacilitator.push(m));
    core.hub.connect((m) => toOther.push(m), 'beamer');
    const beamer = core.hub.connect(() => {}, 'beamer');
    const sound = (m: ServerMessage) => m.type === 'beamerSound';

    beamer.receive({ type: 'request', id: 0, name: 'beamer.sound', payload: { blocked: true } });
    expect(toFacilitator.filter(sound)).toEqual([{ type: 'beamerSound', blocked: true }]);
    expect(toOther.filter(sound)).toEqual([]);
    // A facilitator window that connects later is told at once.
    const late: ServerMessage[] = [];
    core.hub.connect((m) => late.push(m));
    expect(late.filter(sound)).toEqual([{ type: 'beamerSound', blocked: true }]);

    const answers: ServerMessage[] = [];
    const other = core.hub.connect((m) => answers.push(m));
    other.receive({ type: 'request', id: 3, name: 'beamer.sound', payload: { blocked: false } });
    expect(answers.at(-1)).toMatchObject({ type: 'response', id: 3, result: { ok: false, error: { code: 'invalid_payload' } } });
    beamer.receive({ type: 'request', id: 4, name: 'beamer.sound', payload: { blocked: 'yes' } });

    beamer.close();
    expect(toFacilitator.filter(sound)).toEqual([{ type: 'beamerSound', blocked: true }, { type: 'beamerSound', blocked: false }]);
    expect(core.store.state()).toEqual(before);
    facilitator.close();
    core.close();
  });
});
