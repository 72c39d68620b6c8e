import { z } from 'zod';
import type { Result } from './result.js';
import type { SequencedEvent } from './events.js';
import type { BoardPreview } from './preview.js';
import type { Snapshot } from '../state.js';
import type { ScreensOverview } from '../screens/screens.js';

/**
 * Messages between a window and main. The Electron preload and the WebSocket
 * transport carry exactly these, so the renderer has one client for both.
 */
export const clientMessageSchema = z.strictObject({
  type: z.literal('request'),
  id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  name: z.string().max(100),
  // JSON has no undefined: a missing payload is a malformed request, not an empty one.
  payload: z.unknown().refine((value) => value !== undefined, 'payload is required'),
});

/** Any payload: the request's own schema checks it. */
export type ClientMessage = Omit<z.infer<typeof clientMessageSchema>, 'payload'> & { payload: unknown };

/** The request id of a message that failed the envelope check, when it has a usable one. */
export function envelopeId(raw: unknown): number | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null;
}

export type ServerMessage =
  /** `id` is null when the request had no usable id: it was refused before it could be named. */
  | { type: 'response'; id: number | null; result: Result<unknown> }
  /** The browser host tells the facilitator's page where the room's read-only beamer page is. */
  | { type: 'link'; beamerPath: string }
  | { type: 'snapshot'; snapshot: Snapshot }
  | ({ type: 'event' } & SequencedEvent)
  | ({ type: 'preview' } & BoardPreview)
  /** Whether a beamer's chime is held back by its browser (see beamer-sound.ts); facilitator windows only. */
  | { type: 'beamerSound'; blocked: boolean }
  /** Whether the beamers are held on what they showed (see beamer.freeze); facilitator windows only. */
  | { type: 'beamerFrozen'; frozen: boolean }
  /** What a beamer is sent, passed to a facilitator window that watches it for its preview (see beamer.watch). */
  | { type: 'room'; message: ServerMessage }
  /** The displays or the beamer on them changed (desktop app only); facilitator windows only. */
  | { type: 'screens'; overview: ScreensOverview };
