import '../styles/board.css';
import '../styles/scale.css';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Board } from '../../../shared/board.js';
import { visibleRect, type Camera } from '../../../shared/board-camera.js';
import { IMAGE_MARGIN } from '../../../shared/board-geometry.js';
import type { BoardCommand } from '../../../shared/board-schema.js';
import type { Participant } from '../../../shared/participant.js';
import { useClient, useClientState } from '../client/client-context.js';
import { ErrorList } from '../common/ErrorList.js';
import { BoardBeamerControls } from '../board/BoardBeamerControls.js';
import { renderImage } from '../board/export-png.js';
import { useElementSize } from '../board/use-element-size.js';
import { errorText } from '../i18n/error-text.js';
import { useI18n } from '../i18n/i18n.js';
import { drawScale, scaleBounds, type ScaleScene } from './draw-scale.js';
import { ScaleCanvas, type ScaleCanvasHandle } from './ScaleCanvas.js';
import { ScalePanel } from './ScalePanel.js';
import { ScaleSummary } from './ScaleSummary.js';

const FOLLOW_INTERVAL_MS = 100;

/** A scale question open for the facilitator: the drawn scale, and beside it the fields that fill it. */
export function ScaleView({ board, participants, onClose }: { board: Board; participants: Participant[]; onClose(): void }) {
  const { t, language } = useI18n();
  const client = useClient();
  const { snapshot } = useClientState();
  const canvas = useRef<ScaleCanvasHandle>(null);
  const stageWrap = useRef<HTMLDivElement>(null);
  const size = useElementSize(stageWrap);
  const summaryId = useId();
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const lastFollow = useRef(0);
  const { content } = board;
  const scene = useMemo<ScaleScene>(() => ({ content, language, medianLabel: t.scale.median, groupLabel: t.scale.group }), [content, language, t]);
  const bounds = useMemo(() => scaleBounds(content), [content]);
  const names = useMemo(() => [...new Set(participants.map((p) => p.name.trim()).filter(Boolean))], [participants]);
  const beamer = snapshot?.beamerBoard;
  const follows = beamer?.boardId === board.id && beamer.follow;

  const fieldLabel = useCallback(
    (field: string) => {
      if (field.endsWith('label')) return t.scale.newMeasurementLabel;
      if (field.endsWith('text')) return t.scale.noteText;
      if (field.endsWith('name')) return t.scale.marksHeading;
      return t.scale.groupMark;
    },
    [t],
  );
  const apply = useCallback(
    async (command: BoardCommand) => {
      const result = await client.request('board.apply', { boardId: board.id, command });
      if (result.ok) setErrors([]);
      else setErrors(errorText(result.error, t, fieldLabel));
      return result.ok;
    },
    [client, board.id, t, fieldLabel],
  );
  const history = (name: 'board.undo' | 'board.redo') => void client.request(name, { boardId: board.id });

  const onCamera = (next: Camera, settled: boolean) => {
    if (!follows) return;
    const at = performance.now();
    if (!settled && at - lastFollow.current < FOLLOW_INTERVAL_MS) return;
    lastFollow.current = at;
    void client.request('beamer.board', { boardId: board.id, viewport: visibleRect(next, size.width, size.height) });
  };
  const viewport = () => visibleRect(canvas.current?.camera() ?? { x: 0, y: 0, scale: 1 }, Math.max(1, size.width), Math.max(1, size.height));

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'z') history(e.shiftKey ? 'board.redo' : 'board.undo');
    else if (key === 'y') history('board.redo');
    else return;
    e.preventDefault();
  };

  const saveImage = async () => {
    if (saving) return;
    setSaving(true);
    setStatus(t.board.savingImage);
    try {
      const area = scaleBounds(content, IMAGE_MARGIN);
      const image = await renderImage(area, (ctx) => drawScale(ctx, scene, area, 1));
      if (!image) return setStatus(t.board.imageFailed);
      const result = await client.request('board.saveImage', { boardId: board.id, pngBase64: image.base64 });
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

  return (
    <section className="board-view sc-view" aria-labelledby="board-heading">
      <div className="section-head">
        <button type="button" onClick={onClose}>
          ← {t.board.allBoards}
        </button>
        <h2 id="board-heading">{board.title}</h2>
        {beamer && <BoardBeamerControls boardId={board.id} beamer={beamer} viewport={viewport} />}
      </div>
      <div className="board-toolbar" role="toolbar" aria-label={t.board.toolbar}>
        <div className="tool-group">
          <button type="button" onClick={() => history('board.undo')} disabled={board.historyCursor === 0} aria-keyshortcuts="Control+Z">
            {t.board.undo}
          </button>
          <button type="button" onClick={() => history('board.redo')} disabled={board.historyCursor >= board.historyLength} aria-keyshortcuts="Control+Shift+Z">
            {t.board.redo}
          </button>
        </div>
        <div className="tool-group">
          <button type="button" onClick={() => canvas.current?.zoomBy(0.8)}>
            {t.board.zoomOut}
          </button>
          <button type="button" onClick={() => canvas.current?.zoomBy(1.25)}>
            {t.board.zoomIn}
          </button>
          <button type="button" onClick={() => canvas.current?.fit()} aria-keyshortcuts="F">
            {t.board.fit}
          </button>
          <button type="button" onClick={() => canvas.current?.actualSize()} aria-keyshortcuts="0">
            {t.board.actualSize}
          </button>
        </div>
        <div className="tool-group">
          <button type="button" onClick={() => void saveImage()} disabled={saving}>
            {t.board.saveImage}
          </button>
        </div>
      </div>
      <ErrorList messages={errors} />
      <p className="board-status" role="status">
        {status}
      </p>
      <div className="board-body">
        <div className="board-stage-wrap" ref={stageWrap}>
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
      <p className="board-keys">{t.scale.keys}</p>
    </section>
  );
}
