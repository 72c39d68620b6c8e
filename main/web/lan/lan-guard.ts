import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { SOCKET_PATH } from '../socket-guard.js';

const sameSecret = (given: string, secret: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** The Host a request on the room's network must name: this address and port, never a name (against DNS rebinding). */
export const namesThisHost = (request: IncomingMessage, host: string): boolean => request.headers.host === host;

/**
 * A socket from the room's network is a beamer or nothing: it needs this
 * listener's key (never the facilitator's secret, which is not valid here),
 * comes from a page this listener served, and whatever view it names, it
 * gets the room's share, which only reads.
 */
export function judgeLanSocket(request: IncomingMessage, host: string, key: string): string | undefined {
  const url = new URL(request.url ?? '/', 'http://lan.invalid');
  if (url.pathname !== SOCKET_PATH) return 'unknown path';
  if (!namesThisHost(request, host)) return 'foreign Host header';
  if (request.headers.origin !== `http://${host}`) return 'foreign or missing Origin';
  if (!sameSecret(url.searchParams.get('k') ?? '', key)) return 'missing or wrong key';
  return undefined;
}
