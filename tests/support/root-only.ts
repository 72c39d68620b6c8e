import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Root ignores file modes, and only root may mount: some storage failures can only be made as root. */
export const isRoot = process.getuid?.() === 0;

export const NEEDS_ROOT_TO_MOUNT = 'needs root: it mounts a small tmpfs of its own to fill (run the tests as root to include it)';

const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });

/** A tmpfs of `size` (e.g. "2m") on `dir`; returns how to unmount it. */
export function mountTmpfs(dir: string, size: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  run('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir]);
  return () => run('umount', ['-l', dir]);
}

export function resizeTmpfs(dir: string, size: string): void {
  run('mount', ['-o', `remount,size=${size}`, dir]);
}

export function remountReadOnly(dir: string): void {
  run('mount', ['-o', 'remount,ro', dir]);
}

/** Whether `chattr +i` (immutable, even for root) works on files in this folder's file system. */
export function canMakeImmutable(probeDir: string): boolean {
  const probe = `${probeDir}/.immutable-probe`;
  fs.writeFileSync(probe, '');
  try {
    run('chattr', ['+i', probe]);
    run('chattr', ['-i', probe]);
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { force: true });
  }
}

export function setImmutable(file: string, on: boolean): void {
  run('chattr', [on ? '+i' : '-i', file]);
}
