import { useCallback, useEffect, useRef, useState } from 'react';
import chimeUrl from '../../../resources/sounds/chime.wav';
import type { RunState } from '../../../shared/run/run.js';

export interface Chime {
  /** The browser refused to play sound until someone clicks in this window. */
  blocked: boolean;
  /** Call from a click: plays nothing, but lets later chimes through. */
  unlock(): void;
}

/** Tests observe each chime through this counter on <body>. */
const countChime = () => {
  document.body.dataset.chimes = String(Number(document.body.dataset.chimes ?? '0') + 1);
};

const refused = (error: unknown) => error instanceof DOMException && error.name === 'NotAllowedError';

/**
 * Rings the bundled chime once for every new signal of the run (a phase that
 * ends, a swap), when `enabled`. Pass `undefined` while the state has not
 * arrived yet: the signal present in the first state this window sees is old
 * news, so a reload never chimes.
 */
export function useChime(run: RunState | null | undefined, enabled: boolean): Chime {
  const audio = useRef<HTMLAudioElement | null>(null);
  /** The last signal id this window has seen; undefined until the state arrived. */
  const seen = useRef<number | null | undefined>(undefined);
  const [blocked, setBlocked] = useState(false);

  const element = useCallback((): HTMLAudioElement => {
    if (!audio.current) {
      audio.current = new Audio(chimeUrl);
      audio.current.preload = 'auto';
    }
    return audio.current;
  }, []);

  const signalId = run === undefined ? undefined : (run?.signal?.id ?? null);

  useEffect(() => {
    if (signalId === undefined) return;
    const first = seen.current === undefined;
    const fresh = !first && signalId !== null && signalId !== seen.current;
    seen.current = signalId;
    if (!fresh || !enabled) return;
    countChime();
    const sound = element();
    sound.muted = false;
    sound.volume = 1;
    sound.currentTime = 0;
    sound.play().then(
      () => setBlocked(false),
      (error: unknown) => {
        if (refused(error)) setBlocked(true);
      },
    );
  }, [signalId, enabled, element]);

  // Finds out early whether sound is allowed: a silent play is refused just
  // like a loud one, so the hint can show before the first chime is missed.
  // A second element, so the probe never cuts a real chime short.
  const probed = useRef(false);
  useEffect(() => {
    if (!enabled || probed.current) return;
    probed.current = true;
    const probe = new Audio(chimeUrl);
    probe.volume = 0;
    probe.play().then(
      () => probe.pause(),
      (error: unknown) => {
        if (refused(error)) setBlocked(true);
      },
    );
  }, [enabled]);

  const unlock = useCallback(() => {
    const sound = element();
    sound.muted = true;
    sound.play().then(
      () => {
        sound.pause();
        sound.currentTime = 0;
        sound.muted = false;
        setBlocked(false);
      },
      () => {
        sound.muted = false;
      },
    );
  }, [element]);

  return { blocked: blocked && enabled, unlock };
}
