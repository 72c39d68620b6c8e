import { areaBounds, layoutAreas, type AreaKind } from '../../../shared/areas/areas.js';
import type { DeckCard } from '../../../shared/areas/vastloop-deck.js';
import { IMAGE_MARGIN } from '../../../shared/board/board-geometry.js';
import { mapEntries } from '../../../shared/contract/id-record.js';
import { contentForRoom } from '../../../shared/participants/room-names.js';
import { drawAreas } from '../areas/draw-areas.js';
import type { BoardPictureOf } from './board-picture.js';

/** Columns, four fields or cards as their "Save image" draws them: without the fill guide, which only helps while filling. */
export const areasPicture: BoardPictureOf = (board, { t, shown }) => {
  const layout = layoutAreas(board.content, board.kind as AreaKind);
  const bounds = areaBounds(layout, IMAGE_MARGIN);
  const named = contentForRoom(board.content, shown);
  const scene = {
    content: { ...named, areas: mapEntries(named.areas, (a) => ({ ...a, current: false })) },
    layout,
    listLabel: t.areas.list,
    guideLabel: t.areas.guide,
    familyLabel: (family: DeckCard['family']) => t.areas.family[family],
  };
  return { bounds, draw: (ctx) => drawAreas(ctx, scene, bounds, 1) };
};
