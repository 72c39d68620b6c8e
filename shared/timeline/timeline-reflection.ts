import { NOTE_HEIGHT, NOTE_WIDTH, patch, type BoardContent, type BoardPatch } from '../board/board.js';
import { REFLECTION_QUESTIONS } from './timeline.js';

/** Below the time bar and its cards: where the answers to the reflection questions gather. */
export const REFLECTION_Y = 820;
export const REFLECTION_WIDTH = 560;
const REFLECTION_HEIGHT = 320;
const REFLECTION_GAP = 40;

/** Where the next answer to a reflection question goes: in its theme, three to a row. */
export function answerPlace(content: BoardContent, clusterId: string): { x: number; y: number } | undefined {
  const cluster = content.clusters[clusterId];
  if (!cluster) return undefined;
  const count = Object.values(content.notes).filter((n) => n.clusterId === clusterId).length;
  return {
    x: cluster.x + 24 + (count % 3) * (NOTE_WIDTH + 16),
    y: cluster.y + 80 + Math.floor(count / 3) * (NOTE_HEIGHT + 16),
  };
}

/** One theme per reflection question, side by side; answers are notes dropped in them. */
export function reflectionThemes(newId: () => string): BoardPatch {
  return patch({
    clusters: REFLECTION_QUESTIONS.map((name, i) => ({
      id: newId(),
      name,
      x: i * (REFLECTION_WIDTH + REFLECTION_GAP),
      y: REFLECTION_Y,
      width: REFLECTION_WIDTH,
      height: REFLECTION_HEIGHT,
      collapsed: false,
      votes: 0,
    })),
  });
}
