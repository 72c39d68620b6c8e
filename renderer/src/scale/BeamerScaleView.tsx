import type { BeamerBoard } from '../../../shared/beamer/beamer-board.js';
import type { Board } from '../../../shared/board/board.js';
import { useI18n } from '../i18n/i18n.js';
import { drawScale, scaleBounds, type ScaleScene } from './draw-scale.js';
import { CHIP_FONT, forgetScaleLayouts } from './scale-layout.js';
import { ScaleSummary } from './ScaleSummary.js';
import { BeamerCanvas } from '../beamer/BeamerCanvas.js';

/**
 * The scale question for the room: the facilitator's drawing, without tools,
 * following their view or showing it all. The names in the chips are its
 * body text: following never shows them smaller than the floor.
 */
export function BeamerScaleView({ board, beamer }: { board: Board; beamer: BeamerBoard }) {
  const { t, language } = useI18n();
  const scene: ScaleScene = { content: board.content, language, medianLabel: t.scale.median, groupLabel: t.scale.group };
  const follow = beamer.follow && beamer.viewport !== null;
  const view = follow && beamer.viewport ? beamer.viewport : scaleBounds(board.content);
  return (
    <BeamerCanvas
      title={board.title}
      view={view}
      follow={follow}
      bodyUnits={CHIP_FONT}
      content={board.content}
      forget={forgetScaleLayouts}
      draw={(ctx, visible, scale, floor) => drawScale(ctx, { ...scene, floor }, visible, scale)}
    >
      <ScaleSummary content={board.content} label={t.scale.canvasLabel(board.title)} />
    </BeamerCanvas>
  );
}
