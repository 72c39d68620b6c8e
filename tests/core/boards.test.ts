import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import { patch, type Board } from '../../shared/board/board.js';
import type { BoardAck } from '../../shared/contract/requests.js';
import type { BoardCommand } from '../../shared/board/board-schema.js';
import type { Session } from '../../shared/sessions/session.js';
import { applySequenced, type Snapshot } from '../../shared/state.js';
import { startHost, type RunningHost } from '../support/host-process.js';
import { unchanged, value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';
import { WsTestClient } from '../support/ws-client.js';

const tempDir = useTempDir();
const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop('SIGKILL');
});

function boardIn(dir: string) {
  const core = createCore(dir);
  const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond' }));
  const board = value<Board>(core.bus.dispatch('board.create', { sessionId: session.id, title: 'Ideeën' }));
  const apply = (command: BoardCommand) => value<BoardAck>(core.bus.dispatch('board.apply', { boardId: board.id, command }));
  return { core, board, apply };
}

describe('boards in main', () => {
  it('stores every command, and undo and redo, across a reopen', () => {
    const dir = tempDir();
    const { core, board, apply } = boardIn(dir);
    for (let i = 0; i < 5; i++) apply({ op: 'addNote', id: `n${i}`, text: `Idee ${i}` });
    expect(Object.keys(core.store.boards.get(board.id)!.content.notes.n0!).sort()).toEqual(
      ['author', 'clusterId', 'color', 'id', 'text', 'votes', 'x', 'y'],
    );
    apply({ op: 'makeCluster', id: 'k', name: 'Samen', noteIds: ['n0', 'n1'] });
    apply({ op: 'moveNotes', moves: [{ id: 'n2', x: 900, y: 600 }, { id: 'n3', x: 1100, y: 600 }] });
    apply({ op: 'vote', note: 'n4', delta: 2 });
    for (let i = 0; i < 3; i++) value(core.bus.dispatch('board.undo', { boardId: board.id }));
    value(core.bus.dispatch('board.redo', { boardId: board.id }));
    const expected = core.store.boards.get(board.id)!;
    // Three undone (the dots, the move, the cluster), one redone (the cluster).
    expect(expected.content.clusters.k).toBeDefined();
    expect(expected.content.notes.n2).not.toMatchObject({ x: 900, y: 600 });
    expect(expected.content.notes.n4!.votes).toBe(0);
    expect([expected.historyCursor, expected.historyLength]).toEqual([6, 8]);
    core.close();

    const again = createCore(dir);
    expect(again.store.boards.get(board.id)).toEqual(expected);
    // Redo still knows the steps that were undone.
    value(again.bus.dispatch('board.redo', { boardId: board.id }));
    expect(again.store.boards.get(board.id)!.content.notes.n2).toMatchObject({ x: 900, y: 600 });
    value(again.bus.dispatch('board.redo', { boardId: board.id }));
    expect(again.store.boards.get(board.id)!.content.notes.n4!.votes).toBe(2);
    again.close();
  });

  it('forgets a change whose transaction rolled back, in memory as on disk', () => {
    const { core, board, apply } = boardIn(tempDir());
    apply({ op: 'addNote', id: 'a', text: 'A' });
    const before = core.store.boards.get(board.id);
    expect(() =>
      core.store.transaction(() => {
        core.store.boards.applyPatch(board.id, patch({}, { notes: ['a'] }));
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(core.store.boards.get(board.id)).toEqual(before);
    core.close();
  });

  it('a new action after an undo drops what could have been redone', () => {
    const { core, board, apply } = boardIn(tempDir());
    apply({ op: 'addNote', id: 'a', text: 'A' });
    apply({ op: 'addNote', id: 'b', text: 'B' });
    value(core.bus.dispatch('board.undo', { boardId: board.id }));
    apply({ op: 'addNote', id: 'c', text: 'C' });
    const ack = value<BoardAck>(core.bus.dispatch('board.redo', { boardId: board.id }));
    expect(ack).toEqual({ boardId: board.id, historyCursor: 2, historyLength: 2 });
    const now = core.store.boards.get(board.id)!;
    expect(Object.keys(now.content.notes).sort()).toEqual(['a', 'c']);
    core.close();
  });

  it('keeps every window in step: applying the broadcast patches gives main’s board', () => {
    const { core, board, apply } = boardIn(tempDir());
    let mirror = core.bus.snapshot() as Snapshot;
    core.bus.subscribe((events) => {
      for (const e of events) mirror = applySequenced(mirror, e) ?? mirror;
    });
    apply({ op: 'addNote', id: 'a', text: 'A' });
    apply({ op: 'addNote', id: 'b', text: 'B' });
    apply({ op: 'makeCluster', id: 'k', name: 'Thema', noteIds: ['a', 'b'] });
    value(core.bus.dispatch('board.undo', { boardId: board.id }));
    expect(mirror.boards[board.id]).toEqual(core.store.boards.get(board.id));
    core.close();
  });

  it.each([
    ['an empty note', { op: 'addNote', id: 'x', text: '  ' }],
    ['an unknown colour', { op: 'addNote', id: 'x', text: 'Hoi', color: 6 }],
    ['an unknown operation', { op: 'explode' }],
    ['a coordinate that is no number', { op: 'moveNotes', moves: [{ id: 'a', x: 'links', y: 0 }] }],
    ['a view without width', { op: 'addNote', id: 'x', text: 'Hoi', viewWidth: 0 }],
    ['a paste from a view of no number', { op: 'pasteNotes', notes: [{ id: 'x', text: 'Hoi' }], viewWidth: 'breed' }],
  ])('refuses %s and changes nothing', (_label, command) => {
    const { core, board } = boardIn(tempDir());
    expect(unchanged(core, () => core.bus.dispatch('board.apply', { boardId: board.id, command }))?.code).toBe('invalid_payload');
    core.close();
  });

  it('loses nothing acknowledged when the host is killed right after the last board command', async () => {
    const dir = tempDir();
    const host = await startHost(dir);
    hosts.push(host);
    const client = await WsTestClient.connect(host.port, host.secret);
    const session = value<Session>(await client.request('session.create', { title: 'Avond' }));
    const board = value<Board>(await client.request('board.create', { sessionId: session.id, title: 'Ideeën' }));
    for (let i = 0; i < 100; i++) {
      const command: BoardCommand =
        i % 4 === 3 ? { op: 'moveNotes', moves: [{ id: `n${i - 1}`, x: i * 10, y: 500 }] } : { op: 'addNote', id: `n${i}`, text: `Idee ${i}` };
      expect(value<BoardAck>(await client.request('board.apply', { boardId: board.id, command })).historyCursor).toBe(i + 1);
    }
    // The board as this window knows it from the acknowledged commands' events.
    let mirror = client.snapshot!;
    for (const e of client.events) mirror = applySequenced(mirror, e) ?? mirror;
    const last = mirror.boards[board.id]!;
    host.child.kill('SIGKILL');
    await host.stop();
    await client.close();

    const restarted = await startHost(dir);
    hosts.push(restarted);
    const reader = await WsTestClient.connect(restarted.port, restarted.secret);
    expect(reader.snapshot!.boards[board.id]).toEqual(last);
    expect(Object.keys(last.content.notes)).toHaveLength(75);
    await reader.close();
  });
});
