import { ipcMain, type IpcMainEvent, type WebContents } from 'electron';
import { IPC } from '../../shared/contract/bridge.js';
import type { ServerMessage } from '../../shared/contract/wire.js';
import type { Connection, Hub } from '../core/hub.js';
import { log } from '../core/log.js';
import { isAppUrl } from './app-origin.js';
import type { Windows } from './windows.js';

export interface IpcBridge {
  close(): void;
}

/**
 * Carries the wire contract between the preload and the hub, one connection
 * per window. Every message is checked for where it comes from: only the top
 * frame of one of our own windows, showing our own pages, may speak.
 */
export function installIpcBridge(hub: Hub, windows: Windows): IpcBridge {
  const connections = new Map<number, Connection>();
  const watched = new Set<number>();

  const trusted = (event: IpcMainEvent, channel: string): boolean => {
    const frame = event.senderFrame;
    const ok =
      frame !== null &&
      frame.parent === null &&
      frame.frameTreeNodeId === event.sender.mainFrame.frameTreeNodeId &&
      isAppUrl(frame.url) &&
      windows.owns(event.sender);
    if (!ok) log.info(`ignored ${channel} from an untrusted sender (${frame?.url ?? 'no frame'})`);
    return ok;
  };

  const disconnect = (id: number) => {
    connections.get(id)?.close();
    connections.delete(id);
  };

  const closeOnDestroy = (contents: WebContents) => {
    if (watched.has(contents.id)) return;
    watched.add(contents.id);
    const { id } = contents;
    contents.once('destroyed', () => {
      disconnect(id);
      watched.delete(id);
    });
  };

  ipcMain.on(IPC.ready, (event) => {
    if (!trusted(event, IPC.ready)) return;
    const contents = event.sender;
    closeOnDestroy(contents);
    // A reloaded page says ready again; its old connection has nobody left to serve.
    disconnect(contents.id);
    const send = (message: ServerMessage) => {
      if (!contents.isDestroyed()) contents.send(IPC.toWindow, message);
    };
    // Every window but the facilitator's is the room's: it gets the beamer's share.
    connections.set(contents.id, hub.connect(send, windows.isFacilitator(contents) ? 'facilitator' : 'beamer'));
  });

  ipcMain.on(IPC.toMain, (event, message: unknown) => {
    if (!trusted(event, IPC.toMain)) return;
    const connection = connections.get(event.sender.id);
    if (connection) connection.receive(message);
    else log.info('ignored a request from a window that has not said it is ready');
  });

  ipcMain.on(IPC.openBeamer, (event) => {
    if (!trusted(event, IPC.openBeamer)) return;
    if (windows.isFacilitator(event.sender)) windows.openBeamer();
    else log.info('ignored a request to open the beamer from a window other than the facilitator');
  });

  return {
    close: () => {
      for (const channel of Object.values(IPC)) ipcMain.removeAllListeners(channel);
      for (const id of [...connections.keys()]) disconnect(id);
    },
  };
}
