/** Where a window fetches a photo's pixels: the same path on the browser host and on the desktop app's own scheme. */
const PREFIX = '/photos/';

export const photoPath = (id: string): string => `${PREFIX}${encodeURIComponent(id)}`;

/** The photo a URL path names, or undefined when it names none. */
export function photoIdOf(pathname: string): string | undefined {
  if (!pathname.startsWith(PREFIX)) return undefined;
  try {
    const id = decodeURIComponent(pathname.slice(PREFIX.length));
    return id.length > 0 && id.length <= 100 && !id.includes('/') ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The header a browser window proves its key with: never in the URL, so never in a log or a history. */
export const PHOTO_KEY_HEADER = 'x-flipover-key';
