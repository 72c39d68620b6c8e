import { ArrowLeft, Ellipsis, ImageDown, Keyboard, Redo2, Search, Undo2, X } from 'lucide-react';
import { useState, type ReactNode, type RefObject } from 'react';
import type { BeamerBoard, Viewport } from '../../../shared/beamer/beamer-board.js';
import type { Board } from '../../../shared/board/board.js';
import { ErrorList } from '../common/ErrorList.js';
import { IconButton } from '../common/IconButton.js';
import { MenuButton, type MenuItem } from '../common/MenuButton.js';
import { useI18n } from '../i18n/i18n.js';
import { BoardBeamerControls } from './BoardBeamerControls.js';
import { KeysDialog } from './KeysDialog.js';
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
  /** Clears the message shown over the board. */
  onDismiss(): void;
  /** The board's own first tools, before undo and redo. */
  tools?: ReactNode;
  /** The board's own view tools, after zooming (the lasso). */
  viewTools?: ReactNode;
  /** How far in the board is, between zooming out and in. */
  zoomLevel?: ReactNode;
  /** The board's own rarer commands, first in the menu. */
  moreItems?: MenuItem[];
  /** The canvas and what is beside it. */
  children: ReactNode;
  keys: string;
  className?: string;
}

/**
 * What every open board has around its canvas, in one row above it: back,
 * title, the board's tools, undo and redo, zoom, the beamer, and a menu for
 * the rarer commands. Messages float below the row, so they never push the
 * canvas down.
 */
export function BoardViewFrame(p: Props) {
  const { t } = useI18n();
  const [showKeys, setShowKeys] = useState(false);
  const more: MenuItem[] = [
    ...(p.moreItems ?? []),
    { id: 'actual-size', label: t.board.actualSize, icon: <Search />, shortcut: 'Ctrl+0', keyshortcuts: 'Control+0', startsGroup: true, onSelect: () => p.canvas.current?.actualSize() },
    { id: 'save-image', label: t.board.saveImage, icon: <ImageDown />, disabled: p.saving, onSelect: p.onSaveImage },
    { id: 'keys', label: t.board.shortcuts, icon: <Keyboard />, startsGroup: true, onSelect: () => setShowKeys(true) },
  ];
  const message = p.errors.length > 0 || p.status !== '';
  return (
    <section className={`board-view ${p.className ?? ''}`} aria-labelledby="board-heading">
      <div className="board-bar">
        <IconButton label={t.board.allBoards} icon={<ArrowLeft />} onClick={p.onClose} />
        <h2 id="board-heading" title={p.board.title}>
          {p.board.title}
        </h2>
        <div className="board-toolbar" role="toolbar" aria-label={t.board.toolbar}>
          {p.tools && <div className="tool-group">{p.tools}</div>}
          <div className="tool-group">
            <IconButton label={t.board.undo} icon={<Undo2 />} shortcut="Ctrl+Z" aria-keyshortcuts="Control+Z" disabled={p.board.historyCursor === 0} onClick={() => p.onHistory('board.undo')} />
            <IconButton
              label={t.board.redo}
              icon={<Redo2 />}
              shortcut="Ctrl+Shift+Z"
              aria-keyshortcuts="Control+Shift+Z Control+Y"
              disabled={p.board.historyCursor >= p.board.historyLength}
              onClick={() => p.onHistory('board.redo')}
            />
          </div>
          <ZoomTools canvas={p.canvas} level={p.zoomLevel}>
            {p.viewTools}
          </ZoomTools>
          {p.beamer && <BoardBeamerControls boardId={p.board.id} beamer={p.beamer} viewport={p.viewport} />}
          <MenuButton label={t.board.more} icon={<Ellipsis />} showLabel items={more} />
        </div>
        <div className={`board-messages${message ? ' shown' : ''}`}>
          <ErrorList messages={p.errors} />
          <p className="board-status" role="status">
            {p.status}
          </p>
          {message && <IconButton label={t.board.dismiss} icon={<X />} onClick={p.onDismiss} />}
        </div>
      </div>
      {p.children}
      {showKeys && <KeysDialog keys={p.keys} onClose={() => setShowKeys(false)} />}
    </section>
  );
}
