import { BrowserWindow } from 'electron';
import type { ListedScreen } from '../../shared/screens/screens.js';
import { log } from '../core/log.js';
import { createSecureWindow } from './security.js';

const SIZE = 320;

/** A page of one large number and nothing else: no script, nothing it could reach. */
const numberPage = (n: number) =>
  `data:text/html;charset=utf-8,${encodeURIComponent(
    `<!doctype html><html><head><title>Flipover · scherm ${n}</title></head><body style="margin:0;height:100vh;display:flex;align-items:center;justify-content:center;background:#1a1a1a;color:#fff;font:700 240px/1 system-ui,sans-serif;border:8px solid #ffd400;box-sizing:border-box">${n}</body></html>`,
  )}`;

/**
 * The number of each display, shown on the display itself while the picker
 * is open: frameless, never focused, clicks pass through, so the facilitator
 * goes on typing in the picker.
 */
export class IdentifyWindows {
  private shown: BrowserWindow[] = [];

  constructor(private readonly preloadPath: string) {}

  show(screens: readonly ListedScreen[] | null): void {
    this.hide();
    for (const screen of screens ?? []) {
      const win = createSecureWindow(
        {
          x: screen.x + Math.round((screen.width - SIZE) / 2),
          y: screen.y + Math.round((screen.height - SIZE) / 2),
          width: SIZE,
          height: SIZE,
          frame: false,
          focusable: false,
          alwaysOnTop: true,
          skipTaskbar: true,
          resizable: false,
          movable: false,
          show: false,
          backgroundColor: '#1a1a1a',
          title: `Flipover · scherm ${screen.number}`,
        },
        this.preloadPath,
      );
      win.setIgnoreMouseEvents(true);
      win.once('ready-to-show', () => win.showInactive());
      win.loadURL(numberPage(screen.number)).catch((error: unknown) => log.error(`could not show the number of display ${screen.id}`, error));
      this.shown.push(win);
    }
  }

  hide(): void {
    for (const win of this.shown.splice(0)) if (!win.isDestroyed()) win.destroy();
  }
}
