import type { screensNl } from './screens-nl.js';

/** The screen picker in English, with the same keys as Dutch. */
export const screensEn: typeof screensNl = {
  open: 'Screens',
  heading: 'Screens',
  close: 'Close',
  loading: 'Asking for the screens…',
  desktopOnly: 'Choosing screens only works in the desktop app; open the beamer in a second browser window.',
  single: 'Flipover sees only one screen, so the beamer opens in an ordinary window. Connect the projector, or set the screens to ‘extend’, then choose it here.',
  mirrored:
    'The screens are mirrored: the room sees exactly what you see. Set them to ‘extend’ (Windows: Windows key + P; Mac: System Settings › Displays), or use the beamer in a window.',
  waitingFor: (name: string, size: string) => `The beamer is waiting for ${name} (${size}). Until it is back, it is in an ordinary window you can move yourself.`,
  list: 'Connected screens',
  number: (n: number) => `Screen ${n}`,
  unnamed: 'Screen without a name',
  size: (width: number, height: number) => `${width} × ${height}`,
  yours: 'Your window is here',
  beamerHere: 'The beamer is here',
  rememberedHere: 'Chosen for the beamer before',
  choose: 'Beamer here',
  chooseLabel: (n: number, name: string) => `Beamer here: screen ${n}, ${name}`,
  identify: 'Identify',
  identifyHelp: 'Puts a large number on each screen while this window is open.',
  identifying: 'Each screen now shows its number.',
  windowed: 'Beamer in a window',
  notice: {
    unplugged: 'The beamer screen was unplugged. The beamer is now in an ordinary window on your screen; as soon as the screen is back, it goes fullscreen on it again.',
    returned: 'The beamer screen is back: the beamer is fullscreen on it again.',
    reloaded: 'The beamer got stuck and was loaded again; it shows what it showed.',
    gave_up: 'The beamer keeps getting stuck. Close the beamer window and open it again.',
  },
  dismiss: 'Close message',
};
