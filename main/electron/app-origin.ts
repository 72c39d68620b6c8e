/**
 * Where the renderer lives. A custom scheme rather than file:// gives the pages
 * a real origin, so 'self' in the CSP means exactly our files and nothing else
 * on disk.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'flipover';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const appUrl = (page: string): string => `${APP_ORIGIN}/${page}`;

// The trailing slash matters: 'app://flipover.evil/' and 'app://flipover@x/' must not pass.
export const isAppUrl = (url: string): boolean => url.startsWith(`${APP_ORIGIN}/`);
