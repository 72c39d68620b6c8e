import { patch, type BoardPatch } from './board.js';
import { REFLECTION_QUESTIONS } from './timeline.js';

/** Below the time bar and its cards: where the answers to the reflection questions gather. */
export const REFLECTION_Y = 820;
export const REFLECTION_WIDTH = 560;
const REFLECTION_HEIGHT = 320;
const REFLECTION_GAP = 40;

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
