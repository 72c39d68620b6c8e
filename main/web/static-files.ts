import fs from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ico': 'image/x-icon',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
  immutable: boolean;
}

/** Resolves a URL path inside the built renderer; nothing outside it is served. */
export function readStaticFile(rendererDir: string, urlPath: string): StaticFile | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(rendererDir, relative);
  if (!file.startsWith(path.resolve(rendererDir) + path.sep)) return undefined;
  let body: Buffer;
  try {
    body = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const ext = path.extname(file);
  return {
    body,
    contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream',
    immutable: relative.startsWith('assets/'),
  };
}
