import type { BrowserWindow, Rectangle, WebContents } from 'electron';
import { log } from '../core/log.js';
import type { BeamerPlacement } from '../core/screens/beamer-placement.js';
import type { PageTrouble } from '../core/screens/beamer-recovery.js';
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

/** Where the beamer window's life is reported to, and who decides where it goes (screens-shell.ts). */
export interface BeamerHooks {
  open(): void;
  closed(): void;
  trouble(trouble: PageTrouble): void;
  facilitatorMoved(): void;
  facilitatorClosed(): void;
}

/** The facilitator's window and at most one beamer window beside it. */
export class Windows {
  private facilitator: BrowserWindow | undefined;
  private beamer: BrowserWindow | undefined;
  private hooks: BeamerHooks | undefined;

  constructor(private readonly preloadPath: string) {}

  connectBeamer(hooks: BeamerHooks): void {
    this.hooks = hooks;
  }

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
      this.hooks?.facilitatorClosed();
      if (alive(this.beamer)) this.beamer.close();
    });
    // Dragged to another display: that one is now the facilitator's, and the beamer may not stay there.
    win.on('moved', () => this.hooks?.facilitatorMoved());
    this.facilitator = win;
    load(win, 'index.html');
    return win;
  }

  /** Brings the beamer forward, or has the screen rules say where a new one goes. */
  openBeamer(): void {
    if (alive(this.beamer)) bringToFront(this.beamer);
    else if (this.hooks) this.hooks.open();
    else this.placeBeamer({ kind: 'windowed', because: 'single', bounds: { x: 0, y: 0, width: 1280, height: 720 } });
  }

  /** Puts the beamer window where the rules placed it, opening it first when there is none. */
  placeBeamer(placement: BeamerPlacement): void {
    const bounds: Rectangle = placement.kind === 'fullscreen' ? placement.display : placement.bounds;
    const fullscreen = placement.kind === 'fullscreen';
    const existing = this.beamer;
    if (alive(existing)) {
      // Out of fullscreen first: a fullscreen window ignores new bounds on some systems.
      if (existing.isFullScreen()) existing.setFullScreen(false);
      existing.setBounds(bounds);
      if (fullscreen) existing.setFullScreen(true);
      return;
    }
    this.beamer = this.createBeamer(bounds, fullscreen);
  }

  /** The beamer's page again; a hung renderer is ended first, or the reload would wait behind it. */
  reloadBeamer(): void {
    const beamer = this.beamer;
    if (!alive(beamer)) return;
    if (beamer.webContents.isCrashed()) beamer.webContents.reload();
    else {
      beamer.webContents.forcefullyCrashRenderer();
      beamer.webContents.reload();
    }
  }

  facilitatorBounds(): Rectangle | undefined {
    return alive(this.facilitator) ? this.facilitator.getBounds() : undefined;
  }

  private createBeamer(bounds: Rectangle, fullscreen: boolean): BrowserWindow {
    const win = createSecureWindow(
      { title: 'Flipover · Beamer', ...bounds, show: false, backgroundColor: '#000000', autoHideMenuBar: true },
      this.preloadPath,
      // Timers on the projector must keep ticking while the facilitator's window has focus.
      { backgroundThrottling: false },
    );
    win.once('ready-to-show', () => {
      win.show();
      // Set after showing: some window managers ignore fullscreen on a hidden window.
      if (fullscreen) win.setFullScreen(true);
    });
    // Main owns what the beamer shows: a page loaded again gets it back from its snapshot.
    win.webContents.on('render-process-gone', (_event, details) => this.hooks?.trouble({ kind: 'gone', reason: details.reason }));
    win.on('unresponsive', () => this.hooks?.trouble({ kind: 'unresponsive' }));
    win.on('responsive', () => this.hooks?.trouble({ kind: 'responsive' }));
    win.on('closed', () => {
      if (this.beamer === win) this.beamer = undefined;
      this.hooks?.closed();
    });
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
