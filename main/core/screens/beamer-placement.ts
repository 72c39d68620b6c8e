import type { ScreenDisplay } from '../../../shared/screens/screens.js';
import { findRemembered, type RememberedScreen } from './remembered-screen.js';
import { facilitatorsDisplay, roomDisplays, situationOf, windowedBounds, type Rect } from './screen-layout.js';

/**
 * Where the beamer window goes. Fullscreen only ever on a display the room
 * sees apart from the facilitator's; everything else is an ordinary window
 * on the facilitator's display, which the facilitator can move or close.
 */
export type BeamerPlacement =
  | { kind: 'fullscreen'; display: ScreenDisplay; because: 'chosen' | 'remembered' | 'returned' | 'only_other' | 'first_other' }
  | { kind: 'windowed'; bounds: Rect; because: 'single' | 'mirrored' | 'unplugged' | 'chosen' };

export interface PlacementInput {
  displays: readonly ScreenDisplay[];
  /** The display the facilitator's window is on. */
  facilitatorId: string;
  /** Displays chosen before, newest first. */
  remembered: readonly RememberedScreen[];
  /** The display the beamer was on when it went away; the beamer goes back there and nowhere else. */
  waitingFor: RememberedScreen | null;
  /** The facilitator asked for an ordinary window. */
  windowed: boolean;
}

export function placeBeamer({ displays, facilitatorId, remembered, waitingFor, windowed }: PlacementInput): BeamerPlacement {
  const room = roomDisplays(displays, facilitatorId);
  const asWindow = (because: 'single' | 'mirrored' | 'unplugged' | 'chosen'): BeamerPlacement => ({
    kind: 'windowed',
    bounds: windowedBounds(facilitatorsDisplay(displays, facilitatorId)),
    because,
  });
  if (waitingFor) {
    // Another display that happens to be there is not where the room looks: wait for the one that went.
    const back = findRemembered([waitingFor], room);
    return back ? { kind: 'fullscreen', display: back.display, because: 'returned' } : asWindow('unplugged');
  }
  if (windowed) return asWindow('chosen');
  const situation = situationOf(displays, facilitatorId);
  if (situation !== 'several') return asWindow(situation);
  const known = findRemembered(remembered, room);
  if (known) return { kind: 'fullscreen', display: known.display, because: 'remembered' };
  const [first] = room as [ScreenDisplay, ...ScreenDisplay[]];
  return { kind: 'fullscreen', display: first, because: room.length === 1 ? 'only_other' : 'first_other' };
}
