import type { WebSocket } from 'ws';
import type { Audience } from '../../shared/beamer/beamer-redaction.js';
import { decodeFrame } from '../../shared/contract/binary-frame.js';
import { fail } from '../../shared/contract/result.js';
import type { ServerMessage } from '../../shared/contract/wire.js';
import type { Hub } from '../core/hub.js';
import { log } from '../core/log.js';

/** Connects an accepted socket to the hub as `audience`; a facilitator's learns where the room's page is. */
export function attachSocket(ws: WebSocket, hub: Hub, audience: Audience, beamerPath?: string): void {
  const send = (message: ServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const connection = hub.connect(send, audience);
  if (audience === 'facilitator' && beamerPath) send({ type: 'link', beamerPath });
  ws.on('message', (data, isBinary) => {
    const message = isBinary ? decodeFrame(asBytes(data)) : parseJson(data.toString());
    if (message === undefined) {
      send({ type: 'response', id: null, result: fail('invalid_message', 'Not a request: JSON text, or a binary frame with a request and its bytes') });
      return;
    }
    connection.receive(message);
  });
  ws.on('close', () => connection.close());
  // An oversized message closes the socket (code 1009) before it is buffered; the page reconnects.
  ws.on('error', (error) => log.info(`WebSocket closed: ${error.message}`));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const asBytes = (data: Buffer | ArrayBuffer | Buffer[]): Uint8Array =>
  Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;
