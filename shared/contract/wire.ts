import { z } from 'zod';
import type { Result } from './result.js';
import type { SequencedEvent } from './events.js';
import type { BoardPreview } from './preview.js';
import type { Snapshot } from '../state.js';

/**
 * Messages between a window and main. The Electron preload and the WebSocket
 * transport carry exactly these, so the renderer has one client for both.
 */
export const clientMessageSchema = z.strictObject({
  type: z.literal('request'),
  id: z.number().int().nonnegative(),
  name: z.string().max(100),
  payload: z.unknown(),
});

export type ClientMessage = z.infer<typeof clientMessageSchema>;

export type ServerMessage =
  | { type: 'response'; id: number; result: Result<unknown> }
  | { type: 'snapshot'; snapshot: Snapshot }
  | ({ type: 'event' } & SequencedEvent)
  | ({ type: 'preview' } & BoardPreview)
  /** Whether a beamer's chime is held back by its browser (see beamer-sound.ts); facilitator windows only. */
  | { type: 'beamerSound'; blocked: boolean };
