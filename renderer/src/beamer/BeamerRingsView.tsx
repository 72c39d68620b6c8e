import type Konva from 'konva';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type { BeamerBoard } from '../../../shared/beamer-board.js';
import type { Board } from '../../../shared/board.js';
import { fitCamera, visibleRect } from '../../../shared/board-camera.js';
import { placeRingNotes, ringBounds } from '../../../shared/ring-placement.js';
import { nativeContext } from '../board/konva-draw.js';
import { recordPaint } from '../board/paint-probe.js';
import { forgetLayouts, whenFontReady } from '../board/text-measure.js';
import { useElementSize } from '../board/use-element-size.js';
import { useI18n } from '../i18n/i18n.js';
import { drawRings, type RingsScene } from '../rings/draw-rings.js';
import { formatStepDate } from '../rings/format-step-date.js';

/** A ring board for the room: the facilitator's drawing without tools, fitted or following their view. */
export function BeamerRingsView({ board, beamer }: { board: Board; beamer: BeamerBoard }) {
  const { t, language } = useI18n();
  const frame = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(frame);
  const layer = useRef<Konva.Layer>(null);
  const placement = useMemo(() => placeRingNotes(board.content, board.kind), [board.content, board.kind]);
  const scene: RingsScene = {
    content: board.content,
    kind: board.kind,
    placement,
    hubLabel: t.rings.hub,
    listLabel: t.rings.list,
    nextStepLabel: (who, when) => t.rings.nextStep.shown(who, formatStepDate(when, language)),
  };
  const latest = useRef(scene);
  latest.current = scene;
  useEffect(
    () =>
      whenFontReady(() => {
        forgetLayouts();
        layer.current?.batchDraw();
      }),
    [],
  );
  useLayoutEffect(() => {
    layer.current?.batchDraw();
  }, [board.content]);
  const view = beamer.follow && beamer.viewport ? beamer.viewport : ringBounds(placement, 40);
  const camera = fitCamera(view, width, height, 2);
  const rings = Object.values(board.content.rings).sort((a, b) => a.index - b.index);

  return (
    <div className="beamer-board" ref={frame}>
      <h1 className="visually-hidden">{board.title}</h1>
      {width > 0 && height > 0 && (
        <Stage width={width} height={height} listening={false} scaleX={camera.scale} scaleY={camera.scale} x={-camera.x * camera.scale} y={-camera.y * camera.scale}>
          <Layer ref={layer} listening={false}>
            <Shape
              listening={false}
              perfectDrawEnabled={false}
              sceneFunc={(context) => recordPaint(drawRings(nativeContext(context), latest.current, visibleRect(camera, width, height), camera.scale))}
            />
          </Layer>
        </Stage>
      )}
      <div className="visually-hidden">
        {rings.map((ring) => {
          const notes = Object.values(board.content.notes).filter((n) => n.ring === ring.index);
          return (
            <ul key={ring.id} aria-label={t.rings.ringItem(ring.label, notes.length)}>
              {notes.map((n) => (
                <li key={n.id}>
                  {n.text}
                  {n.nextStep ? t.rings.nextStepMark(n.nextStep.who, formatStepDate(n.nextStep.when, language)) : ''}
                </li>
              ))}
            </ul>
          );
        })}
        <ul aria-label={t.rings.relations.heading}>
          {Object.values(board.content.relations).map((r) => (
            <li key={r.id}>
              {t.rings.relations.item(board.content.notes[r.from]?.text ?? '?', board.content.notes[r.to]?.text ?? '?', t.rings.relations.styles[r.style] ?? r.style)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
