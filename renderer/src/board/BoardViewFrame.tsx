import type { ReactNode, RefObject } from 'react';
import type { BeamerBoard, Viewport } from '../../../shared/beamer/beamer-board.js';
import type { Board } from '../../../shared/board/board.js';
import { ErrorList } from '../common/ErrorList.js';
import { useI18n } from '../i18n/i18n.js';
import { BoardBeamerControls } from './BoardBeamerControls.js';
import { ZoomTools } from './ZoomTools.js';
import type { CanvasCameraHandle } from './use-canvas-camera.js';

interface Props {
  board: Board;
  beamer: BeamerBoard | undefined;
  viewport(): Viewport;
  canvas: RefObject<Pick<CanvasCameraHandle, 'zoomBy' | 'fit' | 'actualSize'> | null>;
  errors: string[];
  status: string;
  saving: boolean;
  onClose(): void;
  onHistory(name: 'board.undo' | 'board.redo'): void;
  onSaveImage(): void;
  /** The board's own first tools, before undo and redo. */
  tools?: ReactNode;
  /** The canvas and what is beside it. */
  children: ReactNode;
  keys: string;
  className?: string;
}

/** What every open board has around its canvas: back, title, beamer, undo and redo, zoom, image, messages. */
export function BoardViewFrame(p: Props) {
  const { t } = useI18n();
  return (
    <section className={`board-view ${p.className ?? ''}`} aria-labelledby="board-heading">
      <div className="section-head">
        <button type="button" onClick={p.onClose}>
          ← {t.board.allBoards}
        </button>
        <h2 id="board-heading">{p.board.title}</h2>
        {p.beamer && <BoardBeamerControls boardId={p.board.id} beamer={p.beamer} viewport={p.viewport} />}
      </div>
      <div className="board-toolbar" role="toolbar" aria-label={t.board.toolbar}>
        <div className="tool-group">
          {p.tools}
          <button type="button" onClick={() => p.onHistory('board.undo')} disabled={p.board.historyCursor === 0} aria-keyshortcuts="Control+Z">
            {t.board.undo}
          </button>
          <button type="button" onClick={() => p.onHistory('board.redo')} disabled={p.board.historyCursor >= p.board.historyLength} aria-keyshortcuts="Control+Shift+Z">
            {t.board.redo}
          </button>
        </div>
        <ZoomTools canvas={p.canvas} />
        <div className="tool-group">
          <button type="button" onClick={p.onSaveImage} disabled={p.saving}>
            {t.board.saveImage}
          </button>
        </div>
      </div>
      <ErrorList messages={p.errors} />
      <p className="board-status" role="status">
        {p.status}
      </p>
      {p.children}
      <p className="board-keys">{p.keys}</p>
    </section>
  );
}
