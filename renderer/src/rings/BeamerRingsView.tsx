import { useMemo } from 'react';
import type { BeamerBoard } from '../../../shared/beamer/beamer-board.js';
import type { Board } from '../../../shared/board/board.js';
import { placeRingNotes, ringBounds, ringsArea } from '../../../shared/rings/ring-placement.js';
import { useI18n } from '../i18n/i18n.js';
import { drawRings, type RingsScene } from './draw-rings.js';
import { NOTE_BODY } from '../board/draw-board.js';
import { formatStepDate } from './format-step-date.js';
import { BeamerCanvas } from '../beamer/BeamerCanvas.js';

/** A ring board for the room: the facilitator's drawing without tools, fitted or following their view. */
export function BeamerRingsView({ board, beamer }: { board: Board; beamer: BeamerBoard }) {
  const { t, language } = useI18n();
  const placement = useMemo(() => placeRingNotes(board.content, board.kind), [board.content, board.kind]);
  const scene: RingsScene = {
    content: board.content,
    kind: board.kind,
    placement,
    hubLabel: t.rings.hub,
    listLabel: t.rings.list,
    nextStepLabel: (who, when) => t.rings.nextStep.shown(who, formatStepDate(when, language)),
  };
  const follow = beamer.follow && beamer.viewport !== null;
  const view = follow && beamer.viewport ? beamer.viewport : ringBounds(placement, 40);
  const rings = Object.values(board.content.rings).sort((a, b) => a.index - b.index);

  return (
    <BeamerCanvas
      title={board.title}
      view={view}
      follow={follow}
      bodyUnits={NOTE_BODY}
      main={ringsArea(placement)}
      content={board.content}
      draw={(ctx, visible, scale, floor) => drawRings(ctx, { ...scene, floor }, visible, scale)}
    >
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
    </BeamerCanvas>
  );
}
