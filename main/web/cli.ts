import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core/core.js';
import { acquireDataDirLock, DataDirLockedError } from '../core/data-dir-lock.js';
import { StoreError } from '../core/store/store-error.js';
import { parseHostArgs } from './host-args.js';
import { startWebHost } from './web-host.js';

// Bundled to dist/main/web-host.mjs, beside dist/renderer.
const rendererDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');

const stop = (message: string, code = 1): never => {
  process.stderr.write(`${message}\n`);
  process.exit(code);
};

async function main(): Promise<void> {
  let args;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (error) {
    return stop(`Flipover browser host: ${(error as Error).message}`, 2);
  }

  let lock;
  try {
    lock = acquireDataDirLock(args.dataDir, 'browser host');
  } catch (error) {
    if (error instanceof DataDirLockedError) return stop(error.message);
    throw error;
  }

  let core;
  try {
    core = createCore(args.dataDir);
  } catch (error) {
    lock.release();
    if (error instanceof StoreError) return stop(error.message);
    throw error;
  }

  let host;
  try {
    host = await startWebHost({ hub: core.hub, port: args.port, rendererDir });
  } catch (error) {
    core.close();
    lock.release();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') return stop(`Port ${args.port} is in use; start with --port N to pick another one (0 picks a free one).`);
    throw error;
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`[flipover] ${signal}: stopping\n`);
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
      `Data folder: ${args.dataDir}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`[flipover] ERROR the browser host failed to start: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
