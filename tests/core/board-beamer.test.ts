import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import type { BeamerBoard } from '../../shared/beamer/beamer-board.js';
import type { Board } from '../../shared/board/board.js';
import type { Session } from '../../shared/sessions/session.js';
import { startHost, type RunningHost } from '../support/host-process.js';
import { unchanged, value } from '../support/results.js';
import { noisePng } from '../support/png-bytes.js';
import { useTempDir } from '../support/temp-dir.js';
import { WsTestClient } from '../support/ws-client.js';

const tempDir = useTempDir();
const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop('SIGKILL');
});

/** A whole 3×2 PNG: main walks its chunks; the end-to-end test decodes real images. */
const PNG_3x2 = noisePng(3, 2);

function sessionWithBoard(dir: string, exportDir = path.join(dir, 'export')) {
  const core = createCore(dir, { exportDir: () => exportDir });
  const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond' }));
  const board = value<Board>(core.bus.dispatch('board.create', { sessionId: session.id, title: 'Wat werkt: "wijk"/buurt?' }));
  return { core, session, board, exportDir };
}

describe('a board on the beamer', () => {
  it('is stored with what it follows, and makes way when the title or programme is chosen', () => {
    const dir = tempDir();
    const { core, board } = sessionWithBoard(dir);
    const viewport = { x: -40, y: 10, width: 1600, height: 900 };
    const shown = value<BeamerBoard>(core.bus.dispatch('beamer.board', { boardId: board.id, follow: true, viewport }));
    expect(shown).toEqual({ boardId: board.id, follow: true, viewport });
    // A later viewport alone keeps the board and the choice to follow.
    value(core.bus.dispatch('beamer.board', { boardId: board.id, viewport: { ...viewport, x: 200 } }));
    core.close();

    const again = createCore(dir);
    expect(again.bus.snapshot().beamerBoard).toEqual({ boardId: board.id, follow: true, viewport: { ...viewport, x: 200 } });
    value(again.bus.dispatch('beamer.show', { view: 'agenda' }));
    expect(again.bus.snapshot().beamerBoard.boardId).toBeNull();
    again.close();
  });

  it('refuses a board that does not exist, or a viewport without size, and changes nothing', () => {
    const { core, board } = sessionWithBoard(tempDir());
    expect(unchanged(core, () => core.bus.dispatch('beamer.board', { boardId: 'nope' }))?.code).toBe('not_found');
    expect(unchanged(core, () => core.bus.dispatch('beamer.board', { boardId: board.id, viewport: { x: 0, y: 0, width: 0, height: 9 } }))?.code).toBe(
      'invalid_payload',
    );
    core.close();
  });

  it('opens the board’s session on the beamer when it is not the open one', () => {
    const { core, session, board } = sessionWithBoard(tempDir());
    const other = value<Session>(core.bus.dispatch('session.create', { title: 'Andere avond' }));
    value(core.bus.dispatch('session.open', { id: other.id }));
    value(core.bus.dispatch('beamer.board', { boardId: board.id }));
    expect(core.bus.snapshot().openSessionId).toBe(session.id);
    core.close();
  });

  it('leaves the beamer when its session is deleted, in main and in every window', () => {
    const { core, session, board } = sessionWithBoard(tempDir());
    value(core.bus.dispatch('beamer.board', { boardId: board.id }));
    value(core.bus.dispatch('session.delete', { id: session.id }));
    expect(core.bus.snapshot().beamerBoard.boardId).toBeNull();
    core.close();
  });
});

describe('board images', () => {
  it('writes the PNG to the export folder under the board’s name, never over an earlier one', async () => {
    const dir = tempDir();
    const { core, board, exportDir } = sessionWithBoard(dir);
    const first = value<{ path: string; width: number; height: number }>(await core.bus.run('board.saveImage', { boardId: board.id, png: PNG_3x2 }));
    const second = value<{ path: string }>(await core.bus.run('board.saveImage', { boardId: board.id, png: PNG_3x2 }));
    expect([first.width, first.height]).toEqual([3, 2]);
    expect(path.dirname(first.path)).toBe(exportDir);
    expect(path.basename(first.path)).toMatch(/^Wat werkt wijk buurt \d{4}-\d\d-\d\d \d\d\.\d\d\.png$/);
    expect(second.path).toBe(first.path.replace(/\.png$/, ' (2).png'));
    expect(fs.readFileSync(first.path)).toEqual(PNG_3x2);
    expect(fs.readFileSync(second.path)).toEqual(PNG_3x2);
    core.close();
  });

  it('refuses bytes that are not a PNG and writes nothing', async () => {
    const { core, board, exportDir } = sessionWithBoard(tempDir());
    const result = await core.bus.run('board.saveImage', { boardId: board.id, png: Buffer.from('GIF89a, not a png at all') });
    expect(result.ok).toBe(false);
    expect(fs.existsSync(exportDir)).toBe(false);
    core.close();
  });
});

describe('drag previews', () => {
  it('go from the facilitator to the beamer as they are, are not stored, and the beamer may not send them', async () => {
    const dir = tempDir();
    const host = await startHost(dir);
    hosts.push(host);
    const facilitator = await WsTestClient.connect(host.port, host.secret);
    const beamer = await WsTestClient.connect(host.port, host.secret, 'beamer');
    const session = value<Session>(await facilitator.request('session.create', { title: 'Avond' }));
    const board = value<Board>(await facilitator.request('board.create', { sessionId: session.id, title: 'Ideeën' }));
    const seq = facilitator.events.at(-1)!.seq;
    const preview = { boardId: board.id, moves: [{ id: 'n1', x: 120.5, y: 40 }] };
    expect((await facilitator.request('board.preview', preview)).ok).toBe(true);
    await expect.poll(() => beamer.previews).toEqual([preview]);
    expect(facilitator.previews).toEqual([]);
    expect((await beamer.request('board.preview', preview)).ok).toBe(false);
    expect((await facilitator.request('board.preview', { boardId: board.id, moves: [{ id: 'n1', x: 'links', y: 0 }] })).ok).toBe(false);
    // Nothing numbered, nothing on disk.
    const reader = await WsTestClient.connect(host.port, host.secret);
    expect(reader.snapshot!.seq).toBe(seq);
    await Promise.all([facilitator.close(), beamer.close(), reader.close()]);
  });

  it('are called off when the dragging window goes mid-drag, so the beamer shows the stored places again', async () => {
    const host = await startHost(tempDir());
    hosts.push(host);
    const facilitator = await WsTestClient.connect(host.port, host.secret);
    const beamer = await WsTestClient.connect(host.port, host.secret, 'beamer');
    const session = value<Session>(await facilitator.request('session.create', { title: 'Avond' }));
    const board = value<Board>(await facilitator.request('board.create', { sessionId: session.id, title: 'Ideeën' }));
    await facilitator.request('board.preview', { boardId: board.id, moves: [{ id: 'n1', x: 1, y: 2 }] });
    await facilitator.close();
    await expect.poll(() => beamer.previews.at(-1)).toEqual({ boardId: board.id, moves: [] });
    expect(beamer.previews).toHaveLength(2);
    await beamer.close();
  });

  it('a beamer window may not send a message the size of an image: its socket is closed before the message is read', async () => {
    const host = await startHost(tempDir());
    hosts.push(host);
    // Asking for the beamer's view with the facilitator's key still gets the beamer's small limit.
    const beamer = await WsTestClient.connect(host.port, host.secret, 'beamer');
    const closed = new Promise<number>((resolve) => beamer.socket.once('close', (code) => resolve(code)));
    void beamer.request('state.snapshot', { padding: 'x'.repeat(200_000) });
    expect(await closed).toBe(1009);
  });
});
