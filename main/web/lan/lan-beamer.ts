import { randomBytes } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { fail, ok, type Result } from '../../../shared/contract/result.js';
import { DEFAULT_LAN_PORT, MAX_LAN_BEAMERS, type LanInterface, type LanStatus } from '../../../shared/lan/lan.js';
import type { Hub } from '../../core/hub.js';
import type { LanPort } from '../../core/lan/lan-port.js';
import { log } from '../../core/log.js';
import { securityHeaders } from '../security-headers.js';
import { attachSocket } from '../socket-attach.js';
import { readStaticFile } from '../static-files.js';
import { HTTP_LIMITS, MESSAGE_LIMITS, refuseUpgrade } from '../web-host.js';
import { BEAMER_PAGE, beamerFiles } from './beamer-files.js';
import { judgeLanSocket, namesThisHost } from './lan-guard.js';
import { qrDrawing } from './qr-drawing.js';

export interface LanBeamerOptions {
  hub: Hub;
  rendererDir: string;
  /** 0 picks a free one (tests); by default the same port every time, easy to type and to open in a firewall. */
  port?: number;
  /** This computer's connections; the system's own by default. */
  interfaces?: () => LanInterface[];
}

/** Beamers plus the page's files fetched beside them, kept small: nobody else has business here. */
const MAX_CONNECTIONS = 32;

/** The IPv4 connections other computers can reach: loopback and other internal ones are left out. */
export function systemInterfaces(): LanInterface[] {
  return Object.entries(os.networkInterfaces()).flatMap(([name, addresses]) =>
    (addresses ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => ({ name, address: a.address })),
  );
}

interface Listening {
  server: http.Server;
  sockets: WebSocketServer;
  status: Extract<LanStatus, { on: true }>;
}

/**
 * A second listener, on one chosen connection's address only, for beamers on
 * other computers in the room: it serves the beamer page, the files that page
 * needs and the room's read-only socket, and nothing else. Its key is new
 * each time it is turned on, is not the facilitator's secret nor the local
 * beamer's key, and dies with it: stopping closes every socket it opened.
 */
export function createLanBeamer({ hub, rendererDir, port = DEFAULT_LAN_PORT, interfaces = systemInterfaces }: LanBeamerOptions): LanPort {
  let listening: Listening | undefined;
  // One change at a time: a second click while the first is binding waits for it.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  const stop = async (): Promise<LanStatus> => {
    const was = listening;
    listening = undefined;
    if (!was) return { on: false };
    for (const client of was.sockets.clients) client.close(1008, 'key revoked');
    was.sockets.close();
    was.server.closeAllConnections();
    await new Promise<void>((resolve) => was.server.close(() => resolve()));
    // A socket that did not answer its close in time is cut all the same.
    for (const client of was.sockets.clients) client.terminate();
    log.info(`beamer on the network stopped (${was.status.interface.name})`);
    return { on: false };
  };

  const start = async (address: string): Promise<Result<LanStatus>> => {
    const chosen = interfaces().find((i) => i.address === address);
    if (!chosen) return fail('lan_unavailable', `No network connection of this computer has the address ${address}`);
    await stop();
    const key = randomBytes(24).toString('base64url');
    const files = beamerFiles(rendererDir);
    const server = http.createServer(HTTP_LIMITS);
    server.maxConnections = MAX_CONNECTIONS;
    const sockets = new WebSocketServer({ noServer: true, maxPayload: MESSAGE_LIMITS.beamer });
    let host = '';
    let headers: Record<string, string> = {};

    server.on('request', (req, res) => {
      if (!namesThisHost(req, host)) {
        res.writeHead(421, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Misdirected request');
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
        return;
      }
      const path = new URL(req.url ?? '/', 'http://lan.invalid').pathname;
      const file = files.has(path) ? readStaticFile(rendererDir, path) : undefined;
      if (!file) {
        res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, { ...headers, 'Content-Type': file.contentType, 'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    });

    server.on('upgrade', (req, socket, head) => {
      const refused = judgeLanSocket(req, host, key);
      if (refused) return refuseUpgrade(socket, '403 Forbidden', `from the network: ${refused}`);
      if (sockets.clients.size >= MAX_LAN_BEAMERS) return refuseUpgrade(socket, '503 Service Unavailable', 'too many beamers on the network');
      sockets.handleUpgrade(req, socket, head, (ws) => attachSocket(ws, hub, 'beamer'));
    });

    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, chosen.address, () => {
          server.off('error', reject);
          resolve();
        });
      });
    } catch (error) {
      sockets.close();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') return fail('address_in_use', `Port ${port} is in use on ${chosen.address}`);
      if (code === 'EADDRNOTAVAIL') return fail('lan_unavailable', `The address ${chosen.address} is no longer on this computer`);
      throw error;
    }
    server.on('error', (error) => log.error('the beamer on the network failed', error));
    const bound = (server.address() as AddressInfo).port;
    host = `${chosen.address}:${bound}`;
    // Chromium honours the opener policy only on a trustworthy origin (https, localhost) and says so on the
    // beamer's console for every page: over plain http on the room's network it is left out, the rest holds.
    const { 'Cross-Origin-Opener-Policy': _ignoredOverHttp, ...headersHere } = securityHeaders(bound, [host]);
    headers = headersHere;
    const url = `http://${host}${BEAMER_PAGE}#k=${key}`;
    listening = { server, sockets, status: { on: true, interface: chosen, port: bound, url, qr: qrDrawing(url), maxBeamers: MAX_LAN_BEAMERS } };
    log.info(`beamer on the network at http://${host}${BEAMER_PAGE} (${chosen.name})`);
    return ok(listening.status);
  };

  return {
    interfaces,
    status: () => listening?.status ?? { on: false },
    start: (address) => serial(() => start(address)),
    stop: () => serial(stop),
  };
}
