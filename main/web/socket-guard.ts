import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SOCKET_PATH = '/ws';

const sameSecret = (given: string, secret: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Any web page the facilitator visits can reach 127.0.0.1, so a socket is
 * accepted only with this run's secret, from a page this host served, to a
 * Host name of this machine (against DNS rebinding). Returns why it is
 * refused, or undefined when it may connect.
 */
export function refuseSocket(request: IncomingMessage, port: number, secret: string): string | undefined {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname !== SOCKET_PATH) return 'unknown path';
  const ownHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!ownHosts.includes(request.headers.host ?? '')) return 'foreign Host header';
  if (!ownHosts.map((h) => `http://${h}`).includes(request.headers.origin ?? '')) return 'foreign or missing Origin';
  if (!sameSecret(url.searchParams.get('k') ?? '', secret)) return 'missing or wrong secret';
  return undefined;
}
