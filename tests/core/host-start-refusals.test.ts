import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../main/core/core.js';
import { latestVersion } from '../../main/core/store/migrations/index.js';
import { nativeBindingPath } from '../../main/core/store/native-binding.js';
import { runHostToExit } from '../support/host-process.js';
import { canMakeImmutable, isRoot, mountTmpfs, NEEDS_ROOT_TO_MOUNT, remountReadOnly, setImmutable } from '../support/root-only.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const undo: (() => void)[] = [];
afterEach(() => {
  for (const step of undo.splice(0).reverse()) step();
});

/** The built host refused to start: exit code 1, a Dutch sentence for the person and one English log line, no stack trace. */
async function refusedStart(dataDir: string): Promise<{ dutch: string; english: string }> {
  const { code, stdout, stderr } = await runHostToExit(['--port', '0', '--data-dir', dataDir]);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).not.toMatch(/\n\s+at /);
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(2);
  expect(lines[1]).toMatch(/^\[flipover\] /);
  return { dutch: lines[0]!, english: lines[1]! };
}

function dataWithOneSession(dir: string): void {
  const core = createCore(dir);
  expect(core.bus.dispatch('session.create', { title: 'Avond in de wijk' }).ok).toBe(true);
  core.close();
}

describe('the browser host refuses an unusable data folder in one clear message', () => {
  it('a read-only database (chmod 0444; as root also chattr +i)', async () => {
    const dir = tempDir();
    dataWithOneSession(dir);
    const file = path.join(dir, DATABASE_FILE);
    fs.chmodSync(file, 0o444);
    if (isRoot && canMakeImmutable(dir)) {
      setImmutable(file, true);
      undo.push(() => setImmutable(file, false));
    }
    const { dutch, english } = await refusedStart(dir);
    expect(dutch).toBe(
      `Het gegevensbestand ${file} mag alleen gelezen worden, dus Flipover kan niets bewaren en start niet. Er is niets verloren. Maak het bestand weer beschrijfbaar en start opnieuw.`,
    );
    expect(english).toMatch(/may only be read/);
  });

  it('a read-only data folder (as root a read-only tmpfs, else chmod 0555)', async () => {
    const dir = path.join(tempDir(), 'data');
    if (isRoot) undo.push(mountTmpfs(dir, '4m'));
    dataWithOneSession(dir);
    if (isRoot) remountReadOnly(dir);
    else {
      fs.chmodSync(dir, 0o555);
      undo.push(() => fs.chmodSync(dir, 0o755));
    }
    const { dutch } = await refusedStart(dir);
    expect(dutch).toMatch(new RegExp(`^In de gegevensmap ${dir} mag niet geschreven worden, .*Er is niets verloren\\.`));
  });

  it('a full disk', async ({ skip }) => {
    skip(!isRoot, NEEDS_ROOT_TO_MOUNT);
    const dir = path.join(tempDir(), 'data');
    undo.push(mountTmpfs(dir, '1m'));
    dataWithOneSession(dir);
    const filler = fs.openSync(path.join(dir, 'filler'), 'w');
    try {
      for (;;) fs.writeSync(filler, Buffer.alloc(4096, 1));
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      fs.closeSync(filler);
    }
    const { dutch } = await refusedStart(dir);
    expect(dutch).toMatch(/^De schijf met .* is vol, .*Er is niets verloren\. Maak ruimte vrij en start opnieuw\.$/);
  });

  it('an empty (0 byte) database, with no back-up to offer', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, DATABASE_FILE), '');
    const { dutch } = await refusedStart(dir);
    expect(dutch).toMatch(/is leeg \(0 bytes\).*Er is geen goede back-up\./);
    expect(fs.statSync(path.join(dir, DATABASE_FILE)).size).toBe(0);
  });

  it('a database from a newer Flipover, left byte for byte as it was', async () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    const db = new Database(file, { nativeBinding: nativeBindingPath() });
    db.exec('CREATE TABLE later (x TEXT)');
    db.pragma(`user_version = ${latestVersion + 1}`);
    db.close();
    const before = fs.readFileSync(file);
    const { dutch } = await refusedStart(dir);
    expect(dutch).toMatch(/komt uit een nieuwere versie van Flipover\. Het is niet aangeraakt\./);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
