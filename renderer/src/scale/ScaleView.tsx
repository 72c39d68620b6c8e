import '../board/board.css';
import './scale.css';
import { useCallback, useId, useMemo, useRef } from 'react';
import type { Board } from '../../../shared/board/board.js';
import { IMAGE_MARGIN } from '../../../shared/board/board-geometry.js';
import type { Participant } from '../../../shared/participants/participant.js';
import { BoardViewFrame } from '../board/BoardViewFrame.js';
import { useBoardActions } from '../board/use-board-actions.js';
import { useRoomNames } from '../board/use-room-names.js';
import { contentForRoom } from '../../../shared/participants/room-names.js';
import { useElementSize } from '../board/use-element-size.js';
import { useI18n } from '../i18n/i18n.js';
import { drawScale, scaleBounds, type ScaleScene } from './draw-scale.js';
import { ScaleCanvas, type ScaleCanvasHandle } from './ScaleCanvas.js';
import { ScalePanel } from './ScalePanel.js';
import { ScaleSummary } from './ScaleSummary.js';

/** A scale question open for the facilitator: the drawn scale, and beside it the fields that fill it. */
export function ScaleView({ board, participants, onClose }: { board: Board; participants: Participant[]; onClose(): void }) {
  const { t, language } = useI18n();
  const canvas = useRef<ScaleCanvasHandle>(null);
  const stageWrap = useRef<HTMLDivElement>(null);
  const size = useElementSize(stageWrap);
  const summaryId = useId();
  const { content } = board;
  const scene = useMemo<ScaleScene>(() => ({ content, language, medianLabel: t.scale.median, groupLabel: t.scale.group }), [content, language, t]);
  const bounds = useMemo(() => scaleBounds(content), [content]);
  const names = useMemo(() => [...new Set(participants.map((p) => p.name.trim()).filter(Boolean))], [participants]);

  const fieldLabel = useCallback(
    (field: string) => {
      if (field.endsWith('label')) return t.scale.newMeasurementLabel;
      if (field.endsWith('text')) return t.scale.noteText;
      if (field.endsWith('name')) return t.scale.marksHeading;
      return t.scale.groupMark;
    },
    [t],
  );
  const { apply, history, saveImage, onCamera, frame } = useBoardActions(board, fieldLabel, size, canvas);
  const roomNames = useRoomNames(board.sessionId);

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'z') history(e.shiftKey ? 'board.redo' : 'board.undo');
    else if (key === 'y') history('board.redo');
    else return;
    e.preventDefault();
  };

  return (
    <BoardViewFrame
      className="sc-view"
      {...frame}
      onClose={onClose}
      onSaveImage={() => {
        // The image is for the group's e-mail: names as the room sees them, and chips as wide as those.
        const forRoom = { ...scene, content: contentForRoom(content, roomNames) };
        const area = scaleBounds(forRoom.content, IMAGE_MARGIN);
        void saveImage(area, (ctx) => drawScale(ctx, forRoom, area, 1));
      }}
      keys={t.scale.keys}
    >
      <div className="board-body">
        <div className="board-stage-wrap" ref={stageWrap} data-focus-key="board-canvas">
          {size.width > 0 && size.height > 0 && (
            <ScaleCanvas
              handle={canvas}
              scene={scene}
              bounds={bounds}
              width={size.width}
              height={size.height}
              label={t.scale.canvasLabel(board.title)}
              describedBy={summaryId}
              onCamera={onCamera}
              onKeyDown={onKeyDown}
            />
          )}
          <ScaleSummary content={content} id={summaryId} />
        </div>
        <aside className="board-side sc-side" aria-label={t.scale.panelLabel}>
          <ScalePanel content={content} names={names} apply={apply} />
        </aside>
      </div>
    </BoardViewFrame>
  );
}
