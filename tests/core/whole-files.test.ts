import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import { checkPng } from '../../main/core/export/png-check.js';
import { writeFileWhole } from '../../main/core/files/whole-file.js';
import type { Board } from '../../shared/board/board.js';
import type { Session } from '../../shared/sessions/session.js';
import { startHost, type RunningHost } from '../support/host-process.js';
import { noisePng } from '../support/png-bytes.js';
import { value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';
import { WsTestClient } from '../support/ws-client.js';

const tempDir = useTempDir();
const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop('SIGKILL');
});

const isPartial = (name: string) => name.startsWith('.~flipover-');

describe('the PNG check walks every chunk', () => {
  const png = noisePng(40, 30);

  it('takes a whole image and reads its size', () => {
    expect(checkPng(png)).toEqual({ ok: true, width: 40, height: 30 });
  });

  it('refuses an image cut short anywhere after its header', () => {
    for (const keep of [33, 100, png.length - 13, png.length - 1]) {
      expect(checkPng(png.subarray(0, keep)).ok, `cut at ${keep} of ${png.length}`).toBe(false);
    }
  });

  it('refuses a changed byte (wrong CRC), bytes after IEND, and a first chunk that is not IHDR', () => {
    const flipped = Buffer.from(png);
    flipped[60] = flipped[60]! ^ 0xff;
    expect(checkPng(flipped)).toMatchObject({ ok: false, problem: expect.stringMatching(/wrong CRC/) });
    expect(checkPng(Buffer.concat([png, Buffer.from('extra')]))).toMatchObject({ ok: false, problem: 'bytes follow IEND' });
    const noHeader = Buffer.concat([png.subarray(0, 8), png.subarray(33)]);
    expect(checkPng(noHeader)).toMatchObject({ ok: false, problem: 'the first chunk is not IHDR' });
  });

  it('is what board.saveImage uses: a truncated image is refused and nothing is written', async () => {
    const dir = tempDir();
    const exportDir = path.join(dir, 'export');
    const core = createCore(dir, { exportDir: () => exportDir });
    const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond' }));
    const board = value<Board>(core.bus.dispatch('board.create', { sessionId: session.id, title: 'Bord' }));
    const result = await core.bus.run('board.saveImage', { boardId: board.id, png: png.subarray(0, png.length - 20) });
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid_payload');
    expect(fs.existsSync(exportDir) ? fs.readdirSync(exportDir) : []).toEqual([]);
    core.close();
  });
});

describe('a file is written whole or not at all', () => {
  it('never over an existing file, and leaves no temporary file behind', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'Verslag.txt'), 'eerder');
    const file = await writeFileWhole(dir, 'Verslag.txt', Buffer.from('nieuw'));
    expect(path.basename(file)).toBe('Verslag (2).txt');
    expect(fs.readFileSync(path.join(dir, 'Verslag.txt'), 'utf8')).toBe('eerder');
    expect(fs.readFileSync(file, 'utf8')).toBe('nieuw');
    expect(fs.readdirSync(dir).sort()).toEqual(['Verslag (2).txt', 'Verslag.txt']);
  });

  it('a SIGKILL while a 45 MB board image is written leaves no file cut short under its name, and the next start clears what is left', async () => {
    const dir = tempDir();
    const exportDir = path.join(dir, 'images');
    fs.mkdirSync(exportDir);
    const image = noisePng(3400, 3320, true);
    expect(image.length).toBeGreaterThan(45_000_000);
    let caughtMidWrite = 0;
    for (let round = 0; round < 3; round++) {
      const host = await startHost(dir);
      hosts.push(host);
      const client = await WsTestClient.connect(host.port, host.secret);
      const session = value<Session>(await client.request('session.create', { title: `Avond ${round}` }));
      const board = value<Board>(await client.request('board.create', { sessionId: session.id, title: 'Groot bord' }));
      const before = new Set(fs.readdirSync(exportDir));
      // Killed the moment the image shows up in the folder, under whatever name.
      const killed = new Promise<string[]>((resolve) => {
        const watcher = fs.watch(exportDir, () => {
          const fresh = fs.readdirSync(exportDir).filter((name) => !before.has(name));
          if (fresh.length === 0) return;
          host.child.kill('SIGKILL');
          watcher.close();
          resolve(fresh);
        });
      });
      void client.request('board.saveImage', { boardId: board.id, png: image });
      const seen = await killed;
      await host.stop();
      await client.close();
      if (seen.some(isPartial) && fs.readdirSync(exportDir).some(isPartial)) caughtMidWrite++;
      for (const name of fs.readdirSync(exportDir).filter((n) => !isPartial(n))) {
        expect(checkPng(fs.readFileSync(path.join(exportDir, name))), `${name} after round ${round}`).toMatchObject({ ok: true });
      }
    }
    // The kills did land while an image was being written, so the check above meant something.
    expect(caughtMidWrite).toBeGreaterThan(0);
    const next = await startHost(dir);
    hosts.push(next);
    expect(fs.readdirSync(exportDir).filter(isPartial)).toEqual([]);
  }, 120_000);

  it('a harvest folder half-written by a process that is gone, files and all, is cleared at the next start; a writer still running keeps its own', () => {
    const dir = tempDir();
    const exportDir = path.join(dir, 'export');
    // A process id that no process has: that writer is gone; the parent of this test still runs.
    const gone = path.join(exportDir, '.~flipover-2147483646-2026-12-17 Samen sterk - oogst.partial');
    const live = path.join(exportDir, `.~flipover-${process.ppid}-2026-12-17 Samen sterk - oogst.partial`);
    for (const folder of [gone, live]) {
      fs.mkdirSync(path.join(folder, 'borden'), { recursive: true });
      fs.writeFileSync(path.join(folder, 'verslag.pdf'), 'half');
    }
    createCore(path.join(dir, 'data'), { exportDir: () => exportDir }).close();
    expect(fs.existsSync(gone)).toBe(false);
    expect(fs.existsSync(path.join(live, 'verslag.pdf'))).toBe(true);
  });
});
