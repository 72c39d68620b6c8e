import type { ScreenDisplay } from '../../../shared/screens/screens.js';

/** A display the facilitator once chose for the beamer, as it described itself then. */
export interface RememberedScreen {
  id: string;
  name: string;
  width: number;
  height: number;
}

export type RememberedBy = 'id' | 'name_and_size';

export const describeScreen = ({ id, name, width, height }: ScreenDisplay): RememberedScreen => ({ id, name, width, height });

/**
 * The same projector by name and size, for when the system gave it another id
 * (another port, another docking station). A name is only evidence when there
 * is one: a display without a name and of the same size is another projector
 * as far as Flipover can tell, and a choice must never land on it unasked.
 */
const sameNameAndSize = (r: RememberedScreen, d: ScreenDisplay): boolean =>
  r.name.trim() !== '' && r.name === d.name && r.width === d.width && r.height === d.height;

/**
 * The connected display a remembered choice points at: by id first, across
 * every choice kept (newest first), and only then by name and size. A
 * different projector of the same size is not the remembered one.
 */
export function findRemembered(
  remembered: readonly RememberedScreen[],
  candidates: readonly ScreenDisplay[],
): { display: ScreenDisplay; by: RememberedBy } | undefined {
  for (const r of remembered) {
    const display = candidates.find((d) => d.id === r.id);
    if (display) return { display, by: 'id' };
  }
  for (const r of remembered) {
    const display = candidates.find((d) => sameNameAndSize(r, d));
    if (display) return { display, by: 'name_and_size' };
  }
  return undefined;
}
