import { screen, type Display } from 'electron';
import type { ScreenDisplay } from '../../shared/screens/screens.js';
import type { Core } from '../core/core.js';
import { systemClock } from '../core/clock.js';
import { BeamerDirector } from '../core/screens/beamer-director.js';
import { ScreensController } from '../core/screens/screens-controller.js';
import { screenMemory } from '../core/screens/screen-memory.js';
import { IdentifyWindows } from './identify-windows.js';
import type { Windows } from './windows.js';

const described = (d: Display): ScreenDisplay => ({ id: String(d.id), name: d.label ?? '', ...d.bounds });

const DISPLAY_EVENTS = ['display-added', 'display-removed', 'display-metrics-changed'] as const;

/**
 * Wires Electron's displays and the beamer window to the screen rules
 * (main/core/screens) and offers them to the windows as the screens port.
 * Only translation happens here; every decision is made in the core.
 */
export function installScreens(core: Core, windows: Windows, preloadPath: string): { close(): void } {
  const numbers = new IdentifyWindows(preloadPath);
  const controller = new ScreensController(new BeamerDirector(screenMemory(core.store, systemClock)), {
    displays: () => screen.getAllDisplays().map(described),
    facilitatorDisplayId: () => {
      const bounds = windows.facilitatorBounds();
      return String((bounds ? screen.getDisplayMatching(bounds) : screen.getPrimaryDisplay()).id);
    },
    placeBeamer: (placement) => windows.placeBeamer(placement),
    showNumbers: (screens) => numbers.show(screens),
    reloadBeamer: () => windows.reloadBeamer(),
  });
  const displaysChanged = () => controller.displaysChanged();
  for (const name of DISPLAY_EVENTS) screen.on(name as 'display-added', displaysChanged);
  windows.connectBeamer({
    open: () => controller.openBeamer(),
    closed: () => controller.beamerClosed(),
    trouble: (trouble) => controller.beamerTrouble(trouble, performance.now()),
    facilitatorMoved: displaysChanged,
    facilitatorClosed: () => controller.stopIdentifying(),
  });
  const stopPort = core.hub.provideScreens(controller);
  return {
    close: () => {
      stopPort();
      numbers.hide();
      for (const name of DISPLAY_EVENTS) screen.removeListener(name as 'display-added', displaysChanged);
    },
  };
}
