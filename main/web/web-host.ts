import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Audience } from '../../shared/beamer/beamer-redaction.js';
import { MAX_IMAGE_BASE64 } from '../../shared/contract/requests.js';
import type { Hub } from '../core/hub.js';
import { log } from '../core/log.js';
import { securityHeaders } from './security-headers.js';
import { refuseSocket } from './socket-guard.js';
import { readStaticFile } from './static-files.js';

export interface WebHostOptions {
  hub: Hub;
  port: number;
  rendererDir: string;
}

export interface WebHost {
  /** The address the server is bound to: always the loopback interface. */
  address: string;
  port: number;
  facilitatorUrl: string;
  beamerUrl: string;
  close(): Promise<void>;
}

// Room for a board image (see board.saveImage); every message is still validated before use.
const MAX_MESSAGE_BYTES = MAX_IMAGE_BASE64 + 64 * 1024;

/**
 * Serves the built renderer and the contract over WebSocket, on the loopback
 * interface only. The secret travels in the URL fragment of the printed
 * addresses, so it never appears in a request line the page makes by itself.
 */
export async function startWebHost({ hub, port, rendererDir }: WebHostOptions): Promise<WebHost> {
  const secret = randomBytes(24).toString('base64url');
  const server = http.createServer();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  let boundPort = port;

  server.on('request', (req, res) => {
    const headers = securityHeaders(boundPort);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = readStaticFile(rendererDir, new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
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
    const refusal = refuseSocket(req, boundPort, secret);
    if (refusal) {
      log.info(`refused a WebSocket: ${refusal}`);
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      socket.destroy();
      return;
    }
    const audience = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('view') === 'beamer' ? 'beamer' : 'facilitator';
    sockets.handleUpgrade(req, socket, head, (ws) => attach(ws, hub, audience));
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
    facilitatorUrl: `${base}/#k=${secret}`,
    beamerUrl: `${base}/beamer.html#k=${secret}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.close(1001, 'host stopping');
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The beamer only reads: nothing it may send comes near the size of a board image. */
const MAX_BEAMER_MESSAGE_BYTES = 64 * 1024;

function attach(ws: WebSocket, hub: Hub, audience: Audience): void {
  const connection = hub.connect((message) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  }, audience);
  ws.on('message', (data, isBinary) => {
    if (isBinary) return;
    const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer | ArrayBuffer).byteLength;
    if (audience === 'beamer' && size > MAX_BEAMER_MESSAGE_BYTES) {
      log.info(`ignored a ${size}-byte message from a beamer window`);
      return;
    }
    let message: unknown;
    try {
      message = JSON.parse(data.toString());
    } catch {
      log.info('ignored a WebSocket message that is not JSON');
      return;
    }
    connection.receive(message);
  });
  ws.on('close', () => connection.close());
  ws.on('error', (error) => log.error('WebSocket error', error));
}
