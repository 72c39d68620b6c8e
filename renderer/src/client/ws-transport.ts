import type { Audience } from '../../../shared/beamer/beamer-redaction.js';
import type { FlipoverBridge } from '../../../shared/contract/bridge.js';
import { bytesField, encodeFrame } from '../../../shared/contract/binary-frame.js';
import type { ClientMessage, ServerMessage } from '../../../shared/contract/wire.js';

export type LinkStatus = 'connecting' | 'open' | 'closed';

const RETRY_MS = [100, 250, 500, 1000, 2000];

/**
 * The browser host's transport: the same messages as the Electron preload,
 * over a WebSocket that reconnects by itself (the host may be restarted mid
 * session; the first message after a reconnect is a fresh snapshot). The
 * secret is read again for every attempt: a restarted host has a new one,
 * and its new address opened in the same tab changes only the fragment,
 * which reloads nothing, so the page reconnects with it and stays where it is.
 */
export function createWsTransport(secret: () => string, audience: Audience, onStatus: (status: LinkStatus) => void): FlipoverBridge {
  const listeners = new Set<(message: ServerMessage) => void>();
  let socket: WebSocket | undefined;
  let attempt = 0;
  // The room's page has a read-only address of its own; the host names it once connected.
  let beamerPath: string | undefined;

  const connect = () => {
    onStatus('connecting');
    const ws = new WebSocket(`ws://${location.host}/ws?k=${encodeURIComponent(secret())}&view=${audience}`);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      onStatus('open');
    };
    ws.onmessage = (e) => {
      const message = JSON.parse(String(e.data)) as ServerMessage;
      if (message.type === 'link') beamerPath = message.beamerPath;
      for (const listener of listeners) listener(message);
    };
    ws.onclose = () => {
      onStatus('closed');
      setTimeout(connect, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
    };
  };
  connect();

  return {
    send(message: ClientMessage) {
      if (socket?.readyState !== WebSocket.OPEN) throw new Error('not connected');
      const bytes = bytesField(message);
      socket.send(bytes ? encodeFrame(message, ...bytes) : JSON.stringify(message));
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    openBeamer() {
      // noopener: the beamer's tab starts without a copy of this tab's storage, secret included.
      if (beamerPath) window.open(beamerPath, 'flipover-beamer', 'noopener');
    },
  };
}
