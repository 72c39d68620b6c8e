import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Audience } from '../../shared/beamer/beamer-redaction.js';
import { PHOTO_KEY_HEADER } from '../../shared/photos/photo-path.js';

export const SOCKET_PATH = '/ws';

/** This run's keys: the facilitator's may change everything, the beamer's only reads. */
export interface HostKeys {
  facilitator: string;
  beamer: string;
}

const sameSecret = (given: string, secret: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * A photo is fetched by a page of this host with one of this run's keys in a
 * header (either key: the beamer shows photos too), to a Host name of this
 * machine. Another site's page can make the request but never knows a key.
 */
export function mayFetchPhoto(request: IncomingMessage, port: number, keys: HostKeys): boolean {
  if (![`127.0.0.1:${port}`, `localhost:${port}`].includes(request.headers.host ?? '')) return false;
  const given = request.headers[PHOTO_KEY_HEADER];
  if (typeof given !== 'string') return false;
  return sameSecret(given, keys.facilitator) || sameSecret(given, keys.beamer);
}

export type SocketVerdict = { refused: string } | { audience: Audience };

/**
 * Any web page the facilitator visits can reach 127.0.0.1, so a socket is
 * accepted only with one of this run's keys, from a page this host served, to
 * a Host name of this machine (against DNS rebinding). The key decides what
 * the socket may do; a page may ask for less (a beamer page opened with the
 * facilitator's key still gets the room's share), never for more.
 */
export function judgeSocket(request: IncomingMessage, port: number, keys: HostKeys): SocketVerdict {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname !== SOCKET_PATH) return { refused: 'unknown path' };
  const ownHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!ownHosts.includes(request.headers.host ?? '')) return { refused: 'foreign Host header' };
  if (!ownHosts.map((h) => `http://${h}`).includes(request.headers.origin ?? '')) return { refused: 'foreign or missing Origin' };
  const given = url.searchParams.get('k') ?? '';
  if (sameSecret(given, keys.beamer)) return { audience: 'beamer' };
  if (!sameSecret(given, keys.facilitator)) return { refused: 'missing or wrong secret' };
  return { audience: url.searchParams.get('view') === 'beamer' ? 'beamer' : 'facilitator' };
}
