import { parseArgs } from 'node:util';
import { defaultDataDir } from '../core/data-dir.js';

export interface HostArgs {
  port: number;
  dataDir: string;
  /** Set the database aside and put the newest good back-up in its place before starting. */
  restoreBackup: boolean;
}

export const DEFAULT_PORT = 4780;

/** `--port N --data-dir DIR --restore-backup`; throws an Error whose message is fit to print. */
export function parseHostArgs(argv: string[]): HostArgs {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, 'restore-backup': { type: 'boolean' } },
    strict: true,
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port takes a whole number from 0 to 65535 (0 picks a free port), not "${values.port}"`);
  }
  return { port, dataDir: values['data-dir'] ?? defaultDataDir(), restoreBackup: values['restore-backup'] ?? false };
}
