import fs from 'node:fs';
import path from 'node:path';

export const BEAMER_PAGE = '/beamer.html';

/** Only these hold the names of other files; fonts and sounds name nothing. */
const TEXT_FILES = new Set(['.html', '.js', '.css']);

/**
 * The built files the beamer page needs, and no other: the page, then every
 * asset it names, and every asset those name (chunks, styles, fonts, the
 * chime), read from the build itself so that no list can go stale. The
 * facilitator's page and its own chunks are not among them.
 */
export function beamerFiles(rendererDir: string): Set<string> {
  const assetsDir = path.join(rendererDir, 'assets');
  const assets = fs.existsSync(assetsDir) ? fs.readdirSync(assetsDir) : [];
  const reachable = new Set<string>([BEAMER_PAGE]);
  const toRead = [BEAMER_PAGE];
  for (let next = toRead.pop(); next !== undefined; next = toRead.pop()) {
    if (!TEXT_FILES.has(path.extname(next))) continue;
    let text: string;
    try {
      text = fs.readFileSync(path.join(rendererDir, next), 'utf8');
    } catch {
      continue;
    }
    for (const name of assets) {
      const urlPath = `/assets/${name}`;
      if (!reachable.has(urlPath) && text.includes(name)) {
        reachable.add(urlPath);
        toRead.push(urlPath);
      }
    }
  }
  return reachable;
}
