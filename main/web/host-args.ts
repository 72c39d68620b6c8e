import { parseArgs } from 'node:util';
import { DEFAULT_LAN_PORT } from '../../shared/lan/lan.js';
import { defaultDataDir } from '../core/data-dir.js';

export interface HostArgs {
  port: number;
  dataDir: string;
  /** Set the database aside and put the newest good back-up in its place before starting. */
  restoreBackup: boolean;
  /** The port of the beamer on the room's network, once the facilitator turns it on. */
  lanPort: number;
}

export const DEFAULT_PORT = 4780;

/** `--port N --data-dir DIR --restore-backup --lan-port N`; throws an Error whose message is fit to print. */
export function parseHostArgs(argv: string[]): HostArgs {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, 'restore-backup': { type: 'boolean' }, 'lan-port': { type: 'string' } },
    strict: true,
  });
  const port = portArg('--port', values.port, DEFAULT_PORT);
  const lanPort = portArg('--lan-port', values['lan-port'], DEFAULT_LAN_PORT);
  return { port, dataDir: values['data-dir'] ?? defaultDataDir(), restoreBackup: values['restore-backup'] ?? false, lanPort };
}

function portArg(flag: string, given: string | undefined, fallback: number): number {
  const port = given === undefined ? fallback : Number(given);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${flag} takes a whole number from 0 to 65535 (0 picks a free port), not "${given}"`);
  }
  return port;
}
