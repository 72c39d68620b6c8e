/**
 * Headers on every response: the page may load only from this host and is
 * never framed; its socket goes only to `socketHosts` (host:port) besides itself.
 */
export function securityHeaders(port: number, socketHosts = [`127.0.0.1:${port}`, `localhost:${port}`]): Record<string, string> {
  const sockets = socketHosts.map((host) => `ws://${host}`).join(' ');
  return {
    'Content-Security-Policy': [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "media-src 'self'",
      `connect-src 'self' ${sockets}`,
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}
