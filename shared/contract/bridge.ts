import type { ClientMessage, ServerMessage } from './wire.js';

/**
 * The named functions the Electron preload exposes as `window.flipover`.
 * The browser host offers the same over its WebSocket, so the renderer has
 * one client and two transports.
 */
export interface FlipoverBridge {
  /** Sends one request; its answer comes back through `onMessage`. */
  send(message: ClientMessage): void;
  /** Snapshot, events and responses; returns a function that stops listening. */
  onMessage(listener: (message: ServerMessage) => void): () => void;
  /** Opens the beamer window (on the second display when there is one). */
  openBeamer(): void;
}

export const BRIDGE_GLOBAL = 'flipover';

/** IPC channel names between preload and main. */
export const IPC = {
  toMain: 'flipover:request',
  toWindow: 'flipover:message',
  openBeamer: 'flipover:open-beamer',
  ready: 'flipover:ready',
} as const;
