/**
 * Characters a file name may not hold on Windows, macOS or Linux, and the
 * invisible bidirectional controls that can make "gpj.exe" read as "exe.jpg".
 */
// eslint-disable-next-line no-control-regex -- control characters are among what must go.
const FORBIDDEN = /[\u0000-\u001F\u007F\\/:*?"<>|\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const graphemes = new Intl.Segmenter('nl', { granularity: 'grapheme' });

/**
 * A file name a facilitator recognises, made from text they typed: what may
 * not stand in a name becomes a space, and a long title is cut between whole
 * characters as a reader sees them (never inside an emoji), at `max` of them.
 */
export function fileNameFrom(text: string, fallback: string, max = 80): string {
  const cleaned = text.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  const cut = [...graphemes.segment(cleaned)]
    .slice(0, max)
    .map((s) => s.segment)
    .join('')
    // Windows drops trailing dots and spaces, so a name ending in them is another name there.
    .replace(/[. ]+$/, '');
  if (!cut || WINDOWS_RESERVED.test(cut)) return fallback;
  return cut;
}
