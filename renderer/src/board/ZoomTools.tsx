import type { ReactNode, RefObject } from 'react';
import { useI18n } from '../i18n/i18n.js';
import type { CanvasCameraHandle } from './use-canvas-camera.js';

interface Props {
  canvas: RefObject<Pick<CanvasCameraHandle, 'zoomBy' | 'fit' | 'actualSize'> | null>;
  /** Shown between zooming out and in: how far in the board is. */
  level?: ReactNode;
  /** A board's own view tools after these (the lasso). */
  children?: ReactNode;
}

/** Zoom out, in, everything in view, 100%: the same buttons and keys on every board. */
export function ZoomTools({ canvas, level, children }: Props) {
  const { t } = useI18n();
  return (
    <div className="tool-group">
      <button type="button" onClick={() => canvas.current?.zoomBy(0.8)} aria-keyshortcuts="Control+-">
        {t.board.zoomOut}
      </button>
      {level}
      <button type="button" onClick={() => canvas.current?.zoomBy(1.25)} aria-keyshortcuts="Control+=">
        {t.board.zoomIn}
      </button>
      <button type="button" onClick={() => canvas.current?.fit()} aria-keyshortcuts="F">
        {t.board.fit}
      </button>
      <button type="button" onClick={() => canvas.current?.actualSize()} aria-keyshortcuts="Control+0">
        {t.board.actualSize}
      </button>
      {children}
    </div>
  );
}
