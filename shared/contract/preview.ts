import { z } from 'zod';

/**
 * Where notes are while a drag is under way. Previews are not commands: they
 * are not stored or numbered, only passed on to the other windows so the
 * beamer shows a note moving; the drop is the command that counts.
 */
export const PREVIEW_REQUEST = 'board.preview';

const id = z.string().min(1).max(64);
const coordinate = z.number().finite().min(-1_000_000).max(1_000_000);

export const previewSchema = z.strictObject({
  boardId: id,
  /** Empty when the drag ended: show the stored places again. */
  moves: z.array(z.strictObject({ id, x: coordinate, y: coordinate })).max(2000),
  /** Clusters carried along, by their new corner. */
  clusters: z.array(z.strictObject({ id, x: coordinate, y: coordinate })).max(200).optional(),
});

export type BoardPreview = z.infer<typeof previewSchema>;
