import type { ParsedPayload, ResponseOf } from '../../../shared/contract/requests.js';
import type { Result } from '../../../shared/contract/result.js';
import type { ScreensOverview, ScreensRequestName } from '../../../shared/screens/screens.js';

/**
 * What a shell that owns real displays offers the core: the desktop app
 * implements it on Electron's screen and windows; the browser host has
 * none, and the hub answers `desktop_only` for it.
 */
export interface ScreensPort {
  /** A validated screens request, answered at once. */
  answer<N extends ScreensRequestName>(name: N, payload: ParsedPayload<N>): Result<ResponseOf<N>>;
  /** The displays or the beamer on them changed, by themselves or by a request. */
  onChange(listener: (overview: ScreensOverview) => void): () => void;
}
