import { useCallback, useRef, useState, type RefObject } from 'react';
import type { Board } from '../../../shared/board/board.js';
import { visibleRect, type Camera } from '../../../shared/board/board-camera.js';
import type { Rect } from '../../../shared/board/board-geometry.js';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import { useClient, useClientState } from '../client/client-context.js';
import { errorText } from '../i18n/error-text.js';
import { useI18n } from '../i18n/i18n.js';
import { renderImage } from './export-png.js';
import type { CanvasCameraHandle } from './use-canvas-camera.js';

/** How often, at most, a beamer that follows hears of a pan or zoom under way. */
const FOLLOW_INTERVAL_MS = 100;

/**
 * What every open board does with main: commands and their errors in the
 * UI's language, undo and redo, the image of the whole board, and telling a
 * beamer that follows where the facilitator looks.
 */
export function useBoardActions(
  board: Board,
  fieldLabel: (field: string) => string,
  size: { width: number; height: number },
  canvas: RefObject<Pick<CanvasCameraHandle, 'camera' | 'zoomBy' | 'fit' | 'actualSize'> | null>,
) {
  const { t } = useI18n();
  const client = useClient();
  const { snapshot } = useClientState();
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const lastFollow = useRef(0);
  /** What the facilitator works on (the note just typed), sent with the view so a zoomed-in beamer keeps it in sight. */
  const focus = useRef<Rect | undefined>(undefined);
  const beamer = snapshot?.beamerBoard;
  const follows = beamer?.boardId === board.id && beamer.follow;

  const apply = useCallback(
    async (command: BoardCommand) => {
      const result = await client.request('board.apply', { boardId: board.id, command });
      if (result.ok) setErrors([]);
      // What a board command names is on the board, unless someone just took it away.
      else setErrors(result.error.code === 'not_found' ? [t.board.gone] : errorText(result.error, t, fieldLabel));
      return result.ok;
    },
    [client, board.id, t, fieldLabel],
  );

  const history = (name: 'board.undo' | 'board.redo') => void client.request(name, { boardId: board.id });

  const saveImage = async (area: Rect, draw: (ctx: CanvasRenderingContext2D) => void) => {
    if (saving) return;
    setSaving(true);
    setStatus(t.board.savingImage);
    try {
      const image = await renderImage(area, draw);
      if (!image) return setStatus(t.board.imageFailed);
      const result = await client.request('board.saveImage', { boardId: board.id, png: image.png });
      if (result.ok) setStatus(t.board.savedImage(result.value.path));
      else {
        setStatus('');
        setErrors(errorText(result.error, t, () => t.board.imageLabel));
      }
    } catch {
      setStatus(t.board.imageFailed);
    } finally {
      setSaving(false);
    }
  };

  const onCamera = (next: Camera, settled: boolean) => {
    if (!follows) return;
    const at = performance.now();
    if (!settled && at - lastFollow.current < FOLLOW_INTERVAL_MS) return;
    lastFollow.current = at;
    void client.request('beamer.board', { boardId: board.id, viewport: withFocus(visibleRect(next, size.width, size.height)) });
  };

  const withFocus = (view: Rect) => (focus.current ? { ...view, focus: focus.current } : view);

  /** Marks what the facilitator works on now; a following beamer is told at once, even when the view stays put. */
  const focusOn = (rect: Rect | undefined) => {
    focus.current = rect;
    if (follows) void client.request('beamer.board', { boardId: board.id, viewport: viewport() });
  };

  /** What the beamer should show when it follows: the part of the board in the facilitator's view now. */
  const viewport = () => withFocus(visibleRect(canvas.current?.camera() ?? { x: 0, y: 0, scale: 1 }, Math.max(1, size.width), Math.max(1, size.height)));

  const dismiss = () => {
    setErrors([]);
    setStatus('');
  };

  /** What the frame around every board needs from here. */
  const frame = { board, beamer, viewport, canvas, errors, status, saving, onHistory: history, onDismiss: dismiss };

  return { apply, history, saveImage, onCamera, focusOn, errors, setErrors, status, setStatus, saving, beamer, viewport, frame };
}
