import type { Audience } from '../../../shared/beamer/beamer-redaction.js';

/**
 * The host's secret comes in the address's fragment. It is kept for this tab
 * only (a reload still connects) and taken out of the address bar and the
 * history, so it is not shown to the room or left behind in the browser.
 */
export function takeSecret(audience: Audience): string {
  const key = `flipover.secret.${audience}`;
  const params = new URLSearchParams(location.hash.slice(1));
  const given = params.get('k');
  if (!given) return sessionStorage.getItem(key) ?? '';
  sessionStorage.setItem(key, given);
  params.delete('k');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  return given;
}
