import path from 'node:path';

/**
 * How the shell hands a written mail draft to the facilitator's own mail
 * program; resolves whether it did. The desktop app has one; the browser
 * host has none, and its user opens the draft from the folder.
 */
export type MailOpener = (file: string) => Promise<boolean>;

/**
 * Opens only what a harvest just wrote: a mail draft inside the export
 * folder. Anything else (a path from elsewhere, another kind of file) is
 * never handed to the system's default program.
 */
export function openWrittenDraft(open: MailOpener, exportDir: string, file: string): Promise<boolean> {
  const inside = path.relative(path.resolve(exportDir), path.resolve(file));
  if (inside.startsWith('..') || path.isAbsolute(inside) || path.extname(file).toLowerCase() !== '.eml') return Promise.resolve(false);
  return open(file).catch(() => false);
}
