import { useState } from 'react';
import type { AppError } from '../../../shared/contract/result.js';
import { MAX_PHOTO_BYTES } from '../../../shared/photos/photo-limits.js';
import { useClient } from '../client/client-context.js';
import { errorText } from '../i18n/error-text.js';
import { useI18n } from '../i18n/i18n.js';
import type { Messages } from '../i18n/messages-nl.js';

/** Main says why it refused a photo by its field's problem; each gets its own sentence. */
export function photoRefusal(error: AppError, t: Messages): string[] {
  const problem = error.code === 'invalid_payload' ? error.fields?.find((f) => f.field === 'photo')?.problem : undefined;
  if (problem === 'required') return [t.photos.empty];
  if (problem === 'too_big') return [t.photos.tooBig];
  if (problem === 'unsupported') return [t.photos.heic];
  if (problem === 'invalid') return [t.photos.notAnImage];
  return errorText(error, t, () => t.photos.add);
}

/**
 * A file onto the board, from the picker or a drop: its bytes go to main as
 * they are, and main decides. Only what cannot travel is stopped here (over
 * 40 MB would be cut off by the socket), with the same sentence main would give.
 */
export function useAddPhoto(boardId: string, onMessage: (errors: string[], status: string) => void) {
  const { t } = useI18n();
  const client = useClient();
  const [adding, setAdding] = useState(false);

  const add = async (file: File, at: { x: number; y: number }) => {
    if (file.size > MAX_PHOTO_BYTES) return onMessage([t.photos.tooBig], '');
    setAdding(true);
    onMessage([], t.photos.adding);
    try {
      const photo = new Uint8Array(await file.arrayBuffer());
      const result = await client.request('board.addPhoto', { boardId, id: crypto.randomUUID(), x: Math.round(at.x), y: Math.round(at.y), photo });
      onMessage(result.ok ? [] : photoRefusal(result.error, t), result.ok ? t.photos.added : '');
    } catch {
      onMessage([t.photos.failed], '');
    } finally {
      setAdding(false);
    }
  };

  return { add, adding };
}
