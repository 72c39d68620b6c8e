import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Audience } from '../../shared/beamer/beamer-redaction.js';
import { MAX_IMAGE_BYTES } from '../../shared/contract/requests.js';
import type { Hub } from '../core/hub.js';
import { log } from '../core/log.js';
import { securityHeaders } from './security-headers.js';
import { attachSocket } from './socket-attach.js';
import { judgeSocket, mayFetchPhoto, type HostKeys } from './socket-guard.js';
import { photoFile, type PhotoLookup } from '../core/photos/photo-file.js';
import { readStaticFile } from './static-files.js';

export interface WebHostOptions {
  hub: Hub;
  port: number;
  rendererDir: string;
  /** The stored photos, served to pages that hold a key; none when left out. */
  photos?: PhotoLookup;
}

export interface WebHost {
  /** The address the server is bound to: always the loopback interface. */
  address: string;
  port: number;
  facilitatorUrl: string;
  beamerUrl: string;
  close(): Promise<void>;
}

/**
 * What one message may weigh, enforced by the socket while it arrives (before
 * it is buffered whole): the facilitator's largest is a board image; the
 * beamer only asks for the state, so a few KB is plenty.
 */
export const MESSAGE_LIMITS: Record<Audience, number> = { facilitator: MAX_IMAGE_BYTES + 64 * 1024, beamer: 16 * 1024 };
/** Open sockets per audience: a few windows and tabs, not a flood. */
export const SOCKET_LIMIT = 16;
/**
 * Idle connections need no key, so they are cut short: a page that sends no
 * request line within seconds is closed, and the total is capped well below a
 * laptop's open-file limit (256 by default on macOS).
 */
export const HTTP_LIMITS = { headersTimeout: 5_000, requestTimeout: 15_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 };
const MAX_CONNECTIONS = 128;

/**
 * Serves the built renderer and the contract over WebSocket, on the loopback
 * interface only. The secret travels in the URL fragment of the printed
 * addresses, so it never appears in a request line the page makes by itself.
 */
export async function startWebHost({ hub, port, rendererDir, photos = () => undefined }: WebHostOptions): Promise<WebHost> {
  const keys: HostKeys = { facilitator: randomBytes(24).toString('base64url'), beamer: randomBytes(24).toString('base64url') };
  const server = http.createServer(HTTP_LIMITS);
  server.maxConnections = MAX_CONNECTIONS;
  const sockets: Record<Audience, WebSocketServer> = {
    facilitator: new WebSocketServer({ noServer: true, maxPayload: MESSAGE_LIMITS.facilitator }),
    beamer: new WebSocketServer({ noServer: true, maxPayload: MESSAGE_LIMITS.beamer }),
  };
  let boundPort = port;
  const beamerPath = `/beamer.html#k=${keys.beamer}`;

  server.on('request', (req, res) => {
    const headers = securityHeaders(boundPort);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const photo = photoFile(photos, pathname);
    if (photo !== undefined) {
      if (!mayFetchPhoto(req, boundPort, keys)) return void res.writeHead(403, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden');
      if (!photo) return void res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      res.writeHead(200, { ...headers, 'Content-Type': photo.contentType, 'Cache-Control': 'no-store' });
      return void res.end(req.method === 'HEAD' ? undefined : photo.body);
    }
    const file = readStaticFile(rendererDir, pathname);
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': file.contentType,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  });

  server.on('upgrade', (req, socket, head) => {
    const verdict = judgeSocket(req, boundPort, keys);
    if ('refused' in verdict) return refuseUpgrade(socket, '403 Forbidden', verdict.refused);
    if (sockets[verdict.audience].clients.size >= SOCKET_LIMIT) return refuseUpgrade(socket, '503 Service Unavailable', 'too many sockets');
    const { audience } = verdict;
    sockets[audience].handleUpgrade(req, socket, head, (ws) => attachSocket(ws, hub, audience, beamerPath));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = server.address() as AddressInfo;
  boundPort = bound.port;
  const base = `http://127.0.0.1:${boundPort}`;

  return {
    address: bound.address,
    port: boundPort,
    facilitatorUrl: `${base}/#k=${keys.facilitator}`,
    beamerUrl: `${base}${beamerPath}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const server of Object.values(sockets)) {
          for (const client of server.clients) client.close(1001, 'host stopping');
          server.close();
        }
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function refuseUpgrade(socket: Duplex, status: string, why: string): void {
  log.info(`refused a WebSocket: ${why}`);
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}
