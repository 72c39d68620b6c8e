import type { FieldProblem } from './result.js';

/**
 * Half of a surrogate pair (a broken emoji) is stored by SQLite as U+FFFD, so
 * the windows would show what they sent while the database holds something
 * else; NUL and the other C0 controls (but tab and newlines) cut text short in
 * places that read it. Text with either is refused, never silently changed.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/**
 * No text field is longer than this; longer strings are encoded data (a board
 * image in base64) whose schema allows only its own alphabet. Scanning 48 MB
 * with a regular expression would hold the host for a second.
 */
const LONGEST_TEXT = 64 * 1024;

// V8 answers this without scanning a string that has no two-byte characters.
const wellFormed = (text: string) => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

export const isStorableText = (text: string): boolean => wellFormed(text) && (text.length > LONGEST_TEXT || !CONTROL.test(text));

/** The first string anywhere in a payload that cannot be stored as it is, by its field path. */
export function unstorableText(value: unknown, path: string[] = []): FieldProblem | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : { field: path.join('.') || '(payload)', problem: 'bad_character' };
  // Bytes (an image) are no text, and walking them one by one would take seconds.
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorableText(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}
