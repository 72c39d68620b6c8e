import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/contract/result.js';
import type { ScreensOverview } from '../../../shared/screens/screens.js';
import { useClient, useClientState } from '../client/client-context.js';

export interface ScreensPicker {
  /** Undefined until main answered (or when it refused). */
  overview: ScreensOverview | undefined;
  error: AppError | undefined;
  identifying: boolean;
  identify(): void;
  choose(displayId: string | null): void;
}

/**
 * The displays for the picker while it is open: asked once, then kept up to
 * date by what main reports; the numbers on the screens go away with it.
 */
export function useScreensPicker(): ScreensPicker {
  const client = useClient();
  const { screens: reported } = useClientState();
  const [overview, setOverview] = useState<ScreensOverview>();
  const [error, setError] = useState<AppError>();
  const [identifying, setIdentifying] = useState(false);
  const identifyingRef = useRef(false);

  useEffect(() => {
    let live = true;
    void client.request('screens.list', {}).then((result) => {
      if (!live) return;
      if (result.ok) setOverview(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
      if (identifyingRef.current) void client.request('screens.identify', { on: false });
    };
  }, [client]);

  useEffect(() => {
    if (reported) setOverview(reported);
  }, [reported]);

  const identify = useCallback(() => {
    void client.request('screens.identify', { on: true }).then((result) => {
      if (!result.ok) return setError(result.error);
      identifyingRef.current = true;
      setIdentifying(true);
    });
  }, [client]);

  const choose = useCallback(
    (displayId: string | null) => {
      setError(undefined);
      void client.request('screens.choose', { displayId }).then((result) => (result.ok ? setOverview(result.value) : setError(result.error)));
    },
    [client],
  );

  return { overview, error, identifying, identify, choose };
}
