import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { restoreNewestGood } from '../core/backup/damaged-start.js';
import { createCore, DATABASE_FILE } from '../core/core.js';
import { acquireDataDirLock } from '../core/data-dir-lock.js';
import { dutchTime, startProblem } from '../core/start-problem.js';
import { startProblemNl } from '../core/start-problem-nl.js';
import { parseHostArgs } from './host-args.js';
import { createLanBeamer } from './lan/lan-beamer.js';
import { startWebHost } from './web-host.js';

// Bundled to dist/main/web-host.mjs, beside dist/renderer.
const rendererDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');

const stop = (message: string, code = 1): never => {
  process.stderr.write(`${message}\n`);
  process.exit(code);
};

/** Every refused start: what happened in Dutch for the person, the English for the log, never a stack trace. */
const refuse = (error: unknown, dataDir: string): never => {
  const problem = startProblem(error, dataDir, 'browser host');
  return stop(`${problem.dutch}\n[flipover] ${problem.english}`);
};

async function main(): Promise<void> {
  let args;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (error) {
    return stop(`Flipover browser host: ${(error as Error).message}`, 2);
  }
  const { dataDir } = args;

  let lock;
  try {
    lock = acquireDataDirLock(dataDir, 'browser host');
  } catch (error) {
    return refuse(error, dataDir);
  }

  if (args.restoreBackup) {
    let restored;
    try {
      restored = restoreNewestGood(path.join(dataDir, DATABASE_FILE), new Date());
    } catch (error) {
      lock.release();
      return refuse(error, dataDir);
    }
    if (!restored) {
      lock.release();
      return stop(`${startProblemNl.nothingToRestore(dataDir)}\n[flipover] There is no good backup in ${dataDir}; nothing was changed.`);
    }
    process.stdout.write(`${startProblemNl.restored(dutchTime(restored.restored.takenAt), restored.setAside.join(', ') || '-')}\n`);
    process.stderr.write(`[flipover] backup ${restored.restored.name} restored; set aside: ${restored.setAside.join(', ') || 'nothing'}\n`);
  }

  let core;
  try {
    core = createCore(dataDir);
  } catch (error) {
    lock.release();
    return refuse(error, dataDir);
  }

  let host;
  try {
    host = await startWebHost({ hub: core.hub, port: args.port, rendererDir, photos: (id) => core.store.photos.get(id) });
  } catch (error) {
    core.close();
    lock.release();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') return stop(`Port ${args.port} is in use; start with --port N to pick another one (0 picks a free one).`);
    return refuse(error, dataDir);
  }

  // Off until the facilitator turns it on; the port is only taken then.
  const lan = createLanBeamer({ hub: core.hub, rendererDir, port: args.lanPort });
  core.bus.useLan(lan);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`[flipover] ${signal}: stopping\n`);
    // For the bench: how long one request held the host at most, while it ran.
    if (process.env.FLIPOVER_REPORT_HOLD) {
      const { ms, name } = core.bus.longestHold();
      process.stderr.write(`[flipover] longest request: ${ms.toFixed(2)} ms (${name})\n`);
    }
    // While the windows are still connected: once they are not, they retry until the process is gone.
    core.backups.ifChanged('quit');
    await lan.stop();
    await host.close();
    core.close();
    lock.release();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  // Printed last: whoever reads these URLs may stop the host at once.
  process.stdout.write(
    [
      'Flipover is running in your browser.',
      `Facilitator: ${host.facilitatorUrl}`,
      `Beamer:      ${host.beamerUrl}`,
      `Data folder: ${dataDir}`,
      `Backups:     ${core.backups.folder}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`[flipover] ERROR the browser host failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
