import { screen, type BrowserWindow, type Display, type WebContents } from 'electron';
import { log } from '../core/log.js';
import { appUrl } from './app-origin.js';
import { createSecureWindow } from './security.js';

const alive = (win: BrowserWindow | undefined): win is BrowserWindow => win !== undefined && !win.isDestroyed();

function bringToFront(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

function load(win: BrowserWindow, page: string): void {
  win.loadURL(appUrl(page)).catch((error: unknown) => log.error(`could not load ${page}`, error));
}

// The projector: any display other than the one the facilitator works on.
function secondDisplay(): Display | undefined {
  const primary = screen.getPrimaryDisplay();
  return screen.getAllDisplays().find((display) => display.id !== primary.id);
}

/** The facilitator's window and at most one beamer window beside it. */
export class Windows {
  private facilitator: BrowserWindow | undefined;
  private beamer: BrowserWindow | undefined;

  constructor(private readonly preloadPath: string) {}

  openFacilitator(): BrowserWindow {
    if (alive(this.facilitator)) {
      bringToFront(this.facilitator);
      return this.facilitator;
    }
    const win = createSecureWindow(
      { title: 'Flipover', width: 1280, height: 800, minWidth: 800, minHeight: 560, show: false, backgroundColor: '#ffffff' },
      this.preloadPath,
    );
    win.once('ready-to-show', () => win.show());
    // The beamer only mirrors what the facilitator drives; without it, it is an orphan.
    win.on('closed', () => {
      this.facilitator = undefined;
      if (alive(this.beamer)) this.beamer.close();
    });
    this.facilitator = win;
    load(win, 'index.html');
    return win;
  }

  openBeamer(): BrowserWindow {
    if (alive(this.beamer)) {
      bringToFront(this.beamer);
      return this.beamer;
    }
    const display = secondDisplay();
    const win = createSecureWindow(
      {
        title: 'Flipover · Beamer',
        ...(display ? display.bounds : { width: 1280, height: 720 }),
        show: false,
        backgroundColor: '#000000',
        autoHideMenuBar: true,
      },
      this.preloadPath,
      // Timers on the projector must keep ticking while the facilitator's window has focus.
      { backgroundThrottling: false },
    );
    win.once('ready-to-show', () => {
      win.show();
      // Set after showing: some window managers ignore fullscreen on a hidden window.
      if (display) win.setFullScreen(true);
    });
    win.on('closed', () => {
      this.beamer = undefined;
    });
    this.beamer = win;
    load(win, 'beamer.html');
    return win;
  }

  focusFacilitator(): void {
    if (alive(this.facilitator)) bringToFront(this.facilitator);
  }

  isFacilitator(contents: WebContents): boolean {
    return alive(this.facilitator) && this.facilitator.webContents.id === contents.id;
  }

  /** Whether these web contents are the page of one of our windows. */
  owns(contents: WebContents): boolean {
    return [this.facilitator, this.beamer].some((win) => alive(win) && win.webContents.id === contents.id);
  }
}
