import { useMemo } from 'react';
import type { BeamerBoard } from '../../../shared/beamer/beamer-board.js';
import type { Board } from '../../../shared/board/board.js';
import { areaBounds, areasOf, layoutAreas, type AreaKind } from '../../../shared/areas/areas.js';
import { useI18n } from '../i18n/i18n.js';
import { NOTE_BODY } from '../board/draw-board.js';
import { BeamerCanvas } from '../beamer/BeamerCanvas.js';
import { drawAreas, type AreasScene } from './draw-areas.js';

/** A board of columns, fields or cards for the room: the facilitator's drawing without tools, fitted or following their view. */
export function BeamerAreasView({ board, kind, beamer }: { board: Board; kind: AreaKind; beamer: BeamerBoard }) {
  const { t } = useI18n();
  const layout = useMemo(() => layoutAreas(board.content, kind), [board.content, kind]);
  const scene: AreasScene = { content: board.content, layout, listLabel: t.areas.list, guideLabel: t.areas.guide, familyLabel: (family) => t.areas.family[family] };
  const follow = beamer.follow && beamer.viewport !== null;
  const view = follow && beamer.viewport ? beamer.viewport : areaBounds(layout, 40);
  const notes = Object.values(board.content.notes);
  return (
    <BeamerCanvas
      title={board.title}
      view={view}
      follow={follow}
      bodyUnits={NOTE_BODY}
      main={layout.frame}
      content={board.content}
      draw={(ctx, visible, scale, floor) => drawAreas(ctx, { ...scene, floor }, visible, scale)}
    >
      <div className="visually-hidden">
        {areasOf(board.content).map((area) => {
          const inside = notes.filter((n) => n.area === area.id);
          return (
            <section key={area.id} aria-label={t.areas.areaItem(area.label, inside.length)}>
              {area.text && <p>{area.text}</p>}
              {area.current && <p>{t.areas.guideAt(area.label)}</p>}
              <ul>
                {inside.map((n) => (
                  <li key={n.id}>{n.text}</li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </BeamerCanvas>
  );
}
