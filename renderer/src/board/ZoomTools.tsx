import { Scan, ZoomIn, ZoomOut } from 'lucide-react';
import type { ReactNode, RefObject } from 'react';
import { IconButton } from '../common/IconButton.js';
import { useI18n } from '../i18n/i18n.js';
import type { CanvasCameraHandle } from './use-canvas-camera.js';

interface Props {
  canvas: RefObject<Pick<CanvasCameraHandle, 'zoomBy' | 'fit'> | null>;
  /** Shown between zooming out and in: how far in the board is. */
  level?: ReactNode;
  /** A board's own view tools after these (the lasso). */
  children?: ReactNode;
}

/** Zoom out, in and everything in view: the same buttons and keys on every board; 100% is in the frame's menu. */
export function ZoomTools({ canvas, level, children }: Props) {
  const { t } = useI18n();
  return (
    <div className="tool-group">
      <IconButton label={t.board.zoomOut} icon={<ZoomOut />} shortcut="Ctrl+−" aria-keyshortcuts="Control+-" onClick={() => canvas.current?.zoomBy(0.8)} />
      {level}
      <IconButton label={t.board.zoomIn} icon={<ZoomIn />} shortcut="Ctrl++" aria-keyshortcuts="Control+=" onClick={() => canvas.current?.zoomBy(1.25)} />
      <IconButton label={t.board.fit} icon={<Scan />} shortcut="F" aria-keyshortcuts="F" onClick={() => canvas.current?.fit()} />
      {children}
    </div>
  );
}
