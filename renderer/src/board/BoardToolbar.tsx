import type { Board } from '../../../shared/board/board.js';
import type { ItemRef } from '../../../shared/board/board-geometry.js';
import type { RefObject } from 'react';
import { useI18n } from '../i18n/i18n.js';
import type { CanvasCameraHandle } from './use-canvas-camera.js';
import { ZoomTools } from './ZoomTools.js';
import { NOTE_COLOURS } from '../../../shared/board/board-palette.js';

interface Props {
  board: Board;
  selection: ItemRef[];
  focus: ItemRef | null;
  colour: number;
  lasso: boolean;
  zoomPercent: number;
  onQuickEntry(): void;
  onMakeCluster(): void;
  onCommand(command: 'tidy' | 'merge' | 'collapse' | 'delete' | 'voteUp' | 'voteDown'): void;
  onColour(colour: number): void;
  onUndo(): void;
  onRedo(): void;
  canvas: RefObject<CanvasCameraHandle | null>;
  onLasso(on: boolean): void;
  onSaveImage(): void;
  saving: boolean;
}

/** Every board action as a named button; the keys in the help line do the same. */
export function BoardToolbar(p: Props) {
  const { t } = useI18n();
  const notes = p.selection.filter((i) => i.kind === 'note').length;
  const clusters = p.selection.filter((i) => i.kind === 'cluster').length;
  const clusterInFocus = p.focus?.kind === 'cluster' ? p.board.content.clusters[p.focus.id] : p.focus ? p.board.content.clusters[p.board.content.notes[p.focus.id]?.clusterId ?? ''] : undefined;
  return (
    <div className="board-toolbar" role="toolbar" aria-label={t.board.toolbar}>
      <div className="tool-group">
        <button type="button" onClick={p.onQuickEntry} aria-keyshortcuts="N">
          {t.board.addNote}
        </button>
        <button type="button" onClick={p.onMakeCluster} disabled={notes === 0} aria-keyshortcuts="G">
          {t.board.makeCluster}
        </button>
        <button type="button" onClick={() => p.onCommand('tidy')} disabled={!clusterInFocus} aria-keyshortcuts="T">
          {t.board.tidy}
        </button>
        <button type="button" onClick={() => p.onCommand('merge')} disabled={clusters < 2} aria-keyshortcuts="M">
          {t.board.merge}
        </button>
        <button type="button" onClick={() => p.onCommand('collapse')} disabled={!clusterInFocus} aria-keyshortcuts="C">
          {clusterInFocus?.collapsed ? t.board.expand : t.board.collapse}
        </button>
        <button type="button" onClick={() => p.onCommand('delete')} disabled={notes === 0} aria-keyshortcuts="Delete">
          {t.board.remove}
        </button>
      </div>
      <div className="tool-group">
        <button type="button" onClick={() => p.onCommand('voteUp')} disabled={!p.focus} aria-keyshortcuts="1">
          {t.board.voteUp}
        </button>
        <button type="button" onClick={() => p.onCommand('voteDown')} disabled={!p.focus} aria-keyshortcuts="-">
          {t.board.voteDown}
        </button>
      </div>
      <div className="tool-group colour-picker" role="radiogroup" aria-label={t.board.colour}>
        {NOTE_COLOURS.map((colour, i) => (
          <button
            key={colour}
            type="button"
            role="radio"
            aria-checked={p.colour === i}
            aria-label={t.board.colours[i]}
            title={t.board.colours[i]}
            className="swatch"
            style={{ background: colour }}
            onClick={() => p.onColour(i)}
          />
        ))}
      </div>
      <div className="tool-group">
        <button type="button" onClick={p.onUndo} disabled={p.board.historyCursor === 0} aria-keyshortcuts="Control+Z">
          {t.board.undo}
        </button>
        <button type="button" onClick={p.onRedo} disabled={p.board.historyCursor >= p.board.historyLength} aria-keyshortcuts="Control+Shift+Z Control+Y">
          {t.board.redo}
        </button>
      </div>
      <ZoomTools
        canvas={p.canvas}
        level={
          <span className="zoom-level" aria-live="off">
            {t.board.zoomLevel(p.zoomPercent)}
          </span>
        }
      >
        <button type="button" aria-pressed={p.lasso} onClick={() => p.onLasso(!p.lasso)}>
          {t.board.lasso}
        </button>
      </ZoomTools>
      <div className="tool-group">
        <button type="button" onClick={p.onSaveImage} disabled={p.saving}>
          {t.board.saveImage}
        </button>
      </div>
    </div>
  );
}
