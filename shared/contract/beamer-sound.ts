import { z } from 'zod';

/**
 * Whether the beamer's browser holds the chime back until someone clicks in
 * its window. The beamer says so; main passes it on to the facilitator's
 * windows, since the room cannot act on it. Like a preview it is not a
 * command: not stored, not numbered.
 */
export const BEAMER_SOUND_REQUEST = 'beamer.sound';

export const beamerSoundSchema = z.strictObject({ blocked: z.boolean() });
