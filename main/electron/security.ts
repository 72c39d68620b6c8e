import {
  app,
  BrowserWindow,
  session,
  type BrowserWindowConstructorOptions,
  type WebContents,
  type WebPreferences,
} from 'electron';
import { log } from '../core/log.js';
import { isAppUrl } from './app-origin.js';

export type WindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;
/** The only preference a window may choose for itself. */
export type WindowTuning = Pick<WebPreferences, 'backgroundThrottling'>;

/**
 * Every window is made here, so none can miss a setting. The page is treated
 * as untrusted: it runs sandboxed, isolated from the preload, without Node,
 * and reaches main only through the preload's three functions. The settings
 * come after the tuning so that nothing can weaken them.
 */
export function createSecureWindow(options: WindowOptions, preload: string, tuning: WindowTuning = {}): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...tuning,
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would otherwise open links outside the window-open handler's view.
      disableBlinkFeatures: 'Auxclick',
      // The chime must ring on the beamer, which nobody clicks: it hangs on the second display.
      autoplayPolicy: 'no-user-gesture-required',
      devTools: !app.isPackaged,
    },
  });
}

// data: and blob: images are allowed by the CSP and never leave the machine.
const LOCAL_SCHEMES = ['data:', 'blob:'];
// DevTools runs its own pages in the same session.
const DEVTOOLS_SCHEMES = ['devtools:', 'chrome-extension:'];

function mayLoad(url: string): boolean {
  if (isAppUrl(url) || LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme))) return true;
  return !app.isPackaged && DEVTOOLS_SCHEMES.some((scheme) => url.startsWith(scheme));
}

function hardenWebContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  const stayInApp = (event: Electron.Event<{ url: string }>) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log.info(`blocked a navigation to ${event.url}`);
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  // will-navigate covers only the main frame; the CSP already forbids frames.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) stayInApp(event);
  });
  contents.setWindowOpenHandler(({ url }) => {
    log.info(`blocked a new window for ${url}`);
    return { action: 'deny' };
  });
}

/** Before ready: sandboxing every renderer has to be decided at startup. */
export function hardenApp(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

/** After ready: the default session is what both windows use. */
export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    log.info(`denied the permission ${permission}`);
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const cancel = !mayLoad(details.url);
    if (cancel) log.info(`blocked a request to ${details.url}`);
    callback({ cancel });
  });
}
