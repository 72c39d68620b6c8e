import { parseArgs } from 'node:util';
import { defaultDataDir } from '../core/data-dir.js';

export interface HostArgs {
  port: number;
  dataDir: string;
}

export const DEFAULT_PORT = 4780;

/** `--port N --data-dir DIR`; throws an Error whose message is fit to print. */
export function parseHostArgs(argv: string[]): HostArgs {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
    strict: true,
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port takes a whole number from 0 to 65535 (0 picks a free port), not "${values.port}"`);
  }
  return { port, dataDir: values['data-dir'] ?? defaultDataDir() };
}
