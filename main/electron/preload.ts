import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, IPC, type FlipoverBridge } from '../../shared/contract/bridge.js';
import type { ClientMessage, ServerMessage } from '../../shared/contract/wire.js';

type Listener = (message: ServerMessage) => void;

const listeners = new Set<Listener>();
let subscribed = false;
// After a reload, main may still send for the previous page until this one's
// connection replaces it; that connection always starts with a snapshot.
let synced = false;

function deliver(message: ServerMessage): void {
  if (!synced) {
    if (message.type !== 'snapshot') return;
    synced = true;
  }
  for (const listener of [...listeners]) {
    try {
      listener(message);
    } catch (error) {
      console.error(error);
    }
  }
}

function subscribeOnce(): void {
  if (subscribed) return;
  subscribed = true;
  // Only the message crosses into the page, never the IPC event with its sender.
  ipcRenderer.on(IPC.toWindow, (_event, message: ServerMessage) => deliver(message));
  ipcRenderer.send(IPC.ready);
}

const bridge: FlipoverBridge = {
  send: (message: ClientMessage) => ipcRenderer.send(IPC.toMain, message),
  onMessage: (listener: Listener) => {
    if (typeof listener !== 'function') throw new TypeError('onMessage takes a function');
    listeners.add(listener);
    subscribeOnce();
    return () => {
      listeners.delete(listener);
    };
  },
  openBeamer: () => ipcRenderer.send(IPC.openBeamer),
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
