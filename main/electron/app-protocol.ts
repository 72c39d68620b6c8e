import { protocol } from 'electron';
import { photoFile, type PhotoLookup } from '../core/photos/photo-file.js';
import { readStaticFile } from '../web/static-files.js';
import { APP_HOST, APP_SCHEME } from './app-origin.js';

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
// The browser host's policy minus its WebSocket: here the page reaches main
// through the preload and needs nothing beyond its own files. One literal assigned
// by name, so that `npm run security` finds the policy and evaluates it.
SECURITY_HEADERS['Content-Security-Policy'] =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; media-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Chromium fixes scheme privileges at startup, so this must run before the
 * app is ready. 'standard' gives the pages a proper origin for relative URLs
 * and 'self'; 'secure' makes them a secure context; 'stream' lets timer
 * sounds play from the scheme.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });

/** Serves the built renderer, and nothing outside it, at app://flipover/; and the stored photos at the browser host's path. */
export function serveRenderer(rendererDir: string, photos: PhotoLookup): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return plain(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    // Only this app's pages reach its scheme: no key needed, unlike on the browser host.
    const photo = photoFile(photos, url.pathname);
    if (photo === null) return plain(404, 'Not found');
    if (photo) return new Response(request.method === 'HEAD' ? null : new Uint8Array(photo.body), { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': photo.contentType, 'Cache-Control': 'no-store' } });
    const file = readStaticFile(rendererDir, url.pathname);
    if (!file) return plain(404, 'Not found');
    const body = request.method === 'HEAD' ? null : new Uint8Array(file.body);
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType } });
  });
}
