import type { Audience } from '../../../shared/beamer/beamer-redaction.js';
import { BRIDGE_GLOBAL, type FlipoverBridge } from '../../../shared/contract/bridge.js';
import { isTask, type RequestName, type RequestPayload, type ResponseOf } from '../../../shared/contract/requests.js';
import { PREVIEW_REQUEST, type BoardPreview } from '../../../shared/contract/preview.js';
import { BEAMER_SOUND_REQUEST } from '../../../shared/contract/beamer-sound.js';
import type { ServerMessage } from '../../../shared/contract/wire.js';
import type { ScreensOverview } from '../../../shared/screens/screens.js';
import { fail, type Result } from '../../../shared/contract/result.js';
import { applySequenced, receivedSnapshot, type Snapshot } from '../../../shared/state.js';
import { PHOTO_KEY_HEADER, photoPath } from '../../../shared/photos/photo-path.js';
import { takeSecret } from './link-secret.js';
import { createWsTransport, type LinkStatus } from './ws-transport.js';

/** Main answers in milliseconds; this long without an answer means it is gone or stuck. */
export const REQUEST_TIMEOUT_MS = 20_000;

/** A task writes files (a harvest of many boards at print size): it is given longer before the window gives up on it. */
export const TASK_TIMEOUT_MS = 120_000;

export interface ClientState {
  snapshot: Snapshot | undefined;
  link: LinkStatus;
  /** Main's timeline minus this window's Date.now(), so countdowns run in step with main. */
  clockOffset: number;
  /** A beamer's browser holds the chime back (facilitator windows only). */
  beamerSoundBlocked: boolean;
  /** The beamers are held on what they showed (facilitator windows only). */
  beamerFrozen: boolean;
  /** The displays and the beamer on them, as the desktop app last reported; undefined in the browser host. */
  screens: ScreensOverview | undefined;
}

/**
 * The renderer's one way to main. It holds the state as of the last applied
 * event, sends typed requests and resolves each with main's answer.
 */
export class FlipoverClient {
  private state: ClientState = { snapshot: undefined, link: 'connecting', clockOffset: 0, beamerSoundBlocked: false, beamerFrozen: false, screens: undefined };
  private readonly watchers = new Set<() => void>();
  private readonly roomListeners = new Set<(message: ServerMessage) => void>();
  private readonly previewWatchers = new Set<(preview: BoardPreview) => void>();
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();
  private nextId = 1;
  private readonly bridge: FlipoverBridge;

  /** `bridge` is for a client fed by another: the facilitator's preview of what the beamer is sent (see roomBridge). */
  constructor(
    private readonly audience: Audience = 'facilitator',
    bridge?: FlipoverBridge,
  ) {
    if (bridge) this.state = { ...this.state, link: 'open' };
    this.bridge = bridge ?? this.browserBridge();
    this.bridge.onMessage((message) => this.receive(message));
  }

  /**
   * What the beamer is sent, once this window asked to watch it: a bridge
   * that only listens, for a client of the room's own. Asked for the state
   * after a gap, it asks main to watch again, which sends a fresh snapshot.
   */
  roomBridge(): FlipoverBridge {
    return {
      send: (message) => {
        if (message.name === 'state.snapshot') void this.request('beamer.watch', { watch: true });
        throw new Error('The preview of the beamer only listens');
      },
      onMessage: (listener) => {
        this.roomListeners.add(listener);
        return () => this.roomListeners.delete(listener);
      },
      openBeamer: () => this.openBeamer(),
    };
  }

  getState = (): ClientState => this.state;

  subscribe = (watcher: () => void): (() => void) => {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  };

  request<N extends RequestName>(name: N, payload: RequestPayload<N>): Promise<Result<ResponseOf<N>>> {
    const id = this.nextId++;
    const timeout = isTask(name) ? TASK_TIMEOUT_MS : REQUEST_TIMEOUT_MS;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve(fail('timeout', `No answer to ${name} within ${timeout / 1000} s`));
      }, timeout);
      this.pending.set(id, (result) => {
        clearTimeout(timer);
        resolve(result as Result<ResponseOf<N>>);
      });
      try {
        this.bridge.send({ type: 'request', id, name, payload });
      } catch {
        this.pending.get(id)?.(fail('disconnected', 'Not connected to Flipover'));
        this.pending.delete(id);
      }
    });
  }

  /** Where dragged notes are now, for the other windows; not stored, not answered. */
  preview(preview: BoardPreview): void {
    try {
      this.bridge.send({ type: 'request', id: 0, name: PREVIEW_REQUEST, payload: preview });
    } catch {
      // A lost preview is harmless: the drop is what counts.
    }
  }

  /** The beamer says whether its browser lets the chime play; not stored, not answered. */
  reportSound(blocked: boolean): void {
    try {
      this.bridge.send({ type: 'request', id: 0, name: BEAMER_SOUND_REQUEST, payload: { blocked } });
    } catch {
      // Said again when the link is back.
    }
  }

  onPreview(watcher: (preview: BoardPreview) => void): () => void {
    this.previewWatchers.add(watcher);
    return () => this.previewWatchers.delete(watcher);
  }

  /**
   * A photo's pixels. The desktop app's own scheme serves them to its pages;
   * the browser host wants this page's key, in a header so it never stands in
   * a URL. Same origin either way, so the canvas stays exportable.
   */
  async fetchPhoto(id: string): Promise<Blob | undefined> {
    const preload = (window as unknown as Record<string, FlipoverBridge | undefined>)[BRIDGE_GLOBAL];
    const headers: Record<string, string> = preload ? {} : { [PHOTO_KEY_HEADER]: takeSecret(this.audience) };
    try {
      const response = await fetch(photoPath(id), { headers, cache: 'no-store' });
      return response.ok ? await response.blob() : undefined;
    } catch {
      return undefined;
    }
  }

  openBeamer(): void {
    this.bridge.openBeamer();
  }

  private browserBridge(): FlipoverBridge {
    const preload = (window as unknown as Record<string, FlipoverBridge | undefined>)[BRIDGE_GLOBAL];
    if (preload) {
      this.setState({ link: 'open' });
      return preload;
    }
    return createWsTransport(() => takeSecret(this.audience), this.audience, (link) => {
      if (link === 'closed') this.failPending();
      this.setState({ link });
    });
  }

  private receive(message: ServerMessage): void {
    switch (message.type) {
      case 'snapshot':
        // A fresh connection: main says again whether a beamer is muted.
        this.setState({ snapshot: receivedSnapshot(message.snapshot), clockOffset: message.snapshot.now - Date.now(), beamerSoundBlocked: false, beamerFrozen: false });
        return;
      case 'event': {
        if (!this.state.snapshot) return;
        const next = applySequenced(this.state.snapshot, message);
        const clock = message.event.type === 'run.updated' ? { clockOffset: message.event.now - Date.now() } : {};
        if (next) this.setState({ snapshot: next, ...clock });
        else void this.resync();
        return;
      }
      case 'preview':
        for (const watcher of this.previewWatchers) watcher(message);
        return;
      case 'beamerSound':
        this.setState({ beamerSoundBlocked: message.blocked });
        return;
      case 'beamerFrozen':
        this.setState({ beamerFrozen: message.frozen });
        return;
      case 'room':
        for (const listener of this.roomListeners) listener(message.message);
        return;
      case 'screens':
        this.setState({ screens: message.overview });
        return;
      case 'response':
        if (message.id === null) return;
        this.pending.get(message.id)?.(message.result);
        this.pending.delete(message.id);
        return;
      case 'link':
        return;
    }
  }

  /** A gap in the event numbers: take a fresh snapshot rather than guess. */
  private async resync(): Promise<void> {
    const result = await this.request('state.snapshot', {});
    if (result.ok) this.setState({ snapshot: receivedSnapshot(result.value) });
  }

  private failPending(): void {
    for (const resolve of this.pending.values()) resolve(fail('disconnected', 'Connection to Flipover lost'));
    this.pending.clear();
  }

  private setState(patch: Partial<ClientState>): void {
    this.state = { ...this.state, ...patch };
    for (const watcher of this.watchers) watcher();
  }
}
