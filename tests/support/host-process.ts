import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const builtHost = path.join(repoRoot, 'dist', 'main', 'web-host.mjs');

export interface RunningHost {
  child: ChildProcess;
  facilitatorUrl: string;
  beamerUrl: string;
  port: number;
  secret: string;
  /** The beamer's own read-only key, from its address. */
  beamerKey: string;
  /** Everything the host wrote to stderr so far. */
  stderr(): string;
  stdout(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts the built browser host as its own process and waits for its URLs. */
export function startHost(dataDir: string, port = 0, env: Record<string, string> = {}, args: string[] = []): Promise<RunningHost> {
  const child = spawn(process.execPath, [builtHost, '--port', String(port), '--data-dir', dataDir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // Board images go beside the data, never into the user's own Downloads.
    env: { ...process.env, FLIPOVER_EXPORT_DIR: path.join(dataDir, 'images'), ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const stdoutSoFar = () => stdout;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  return new Promise((resolve, reject) => {
    const fail = (why: string) => reject(new Error(`${why}\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    const timer = setTimeout(() => fail('the host did not print its URLs within 15 s'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      fail('the host exited before it was ready');
    });
    child.stdout!.on('data', (d) => {
      stdout += d;
      const facilitator = /Facilitator: (\S+)/.exec(stdout)?.[1];
      const beamer = /Beamer:\s+(\S+)/.exec(stdout)?.[1];
      if (!facilitator || !beamer) return;
      clearTimeout(timer);
      const url = new URL(facilitator);
      resolve({
        child,
        facilitatorUrl: facilitator,
        beamerUrl: beamer,
        port: Number(url.port),
        secret: new URLSearchParams(url.hash.slice(1)).get('k') ?? '',
        beamerKey: new URLSearchParams(new URL(beamer).hash.slice(1)).get('k') ?? '',
        stderr: () => stderr,
        stdout: stdoutSoFar,
        stop: (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    });
  });
}

/** Runs the host to completion (for starts that are meant to fail). */
export function runHostToExit(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [builtHost, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}
