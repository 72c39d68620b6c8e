import { changedAreas } from '../../../shared/board/board-changes.js';
import type { BoardContent } from '../../../shared/board/board.js';
import { noteRect, type Rect } from '../../../shared/board/board-geometry.js';
import { alike, type Scene } from './draw-board.js';

type Positions = ReadonlyMap<string, { x: number; y: number }> | undefined;

/**
 * Where a set of lifted notes or a map of moved ones makes a drawing differ:
 * each note where it is stored (unless `stays` holds it) and where it is shown.
 */
function placesOf(content: BoardContent, ids: Iterable<string>, moved: Positions, stays: (id: string) => boolean = () => false): Rect[] {
  const rects: Rect[] = [];
  for (const id of ids) {
    const note = content.notes[id];
    if (note && !stays(id)) rects.push(noteRect(note));
    const at = moved?.get(id);
    if (at) rects.push(noteRect(at));
  }
  return rects;
}

/**
 * From one preview of a drag to the next, a note moved in both and stored
 * where it was is missing from its stored place in both drawings: only
 * where it was shown and where it is shown now differ.
 */
function staysAway(was: Scene, now: Scene): (id: string) => boolean {
  return (id) => Boolean(was.moved?.has(id) && now.moved?.has(id) && was.content.notes[id] === now.content.notes[id]);
}

/** A scene as painted, with `version` standing for what it draws but does not hold (see StaticTiles.paint). */
export interface Painted {
  scene: Scene;
  version: unknown;
}

/**
 * Where the drawing of `now` differs from that of `was`: the board rectangles
 * to draw again, or 'all'. A note dragged in another window (its preview),
 * a typed note or a lifted one changes a few places; a carried theme or
 * photo, another language or new photo pixels change all.
 */
export function sceneChanges(was: Painted, now: Painted): Rect[] | 'all' {
  const [before, scene] = [was.scene, now.scene];
  const everything =
    now.version !== was.version ||
    scene.floor !== before.floor ||
    scene.seen !== before.seen ||
    scene.clusterLabel !== before.clusterLabel ||
    !alike(scene.liftedClusters, before.liftedClusters) ||
    !alike(scene.movedClusters, before.movedClusters) ||
    Boolean(scene.movedPhotos || before.movedPhotos);
  if (everything) return 'all';
  const areas = scene.content === before.content ? [] : changedAreas(before.content, scene.content);
  if (!alike(scene.lifted, before.lifted)) areas.push(...placesOf(before.content, before.lifted, undefined), ...placesOf(scene.content, scene.lifted, undefined));
  if (scene.moved !== before.moved) {
    const stays = staysAway(before, scene);
    areas.push(...placesOf(before.content, before.moved?.keys() ?? [], before.moved, stays), ...placesOf(scene.content, scene.moved?.keys() ?? [], scene.moved, stays));
  }
  return areas;
}
