import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../shared/contract/result.js';
import type { LanInterface, LanStatus } from '../../../shared/lan/lan.js';
import { useClient } from '../client/client-context.js';

export interface Lan {
  /** Undefined while main is asked. */
  interfaces: LanInterface[] | undefined;
  status: LanStatus;
  busy: boolean;
  error: AppError | undefined;
  /** Just turned off here: the dialog says what that did. */
  stopped: boolean;
  start(address: string): Promise<void>;
  stop(): Promise<void>;
}

/** The beamer on the room's network as main has it: asked for once the dialog opens, changed by its two buttons. */
export function useLan(): Lan {
  const client = useClient();
  const [interfaces, setInterfaces] = useState<LanInterface[]>();
  const [status, setStatus] = useState<LanStatus>({ on: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const [stopped, setStopped] = useState(false);

  useEffect(() => {
    let live = true;
    void Promise.all([client.request('lan.interfaces', {}), client.request('lan.status', {})]).then(([found, now]) => {
      if (!live) return;
      if (found.ok) setInterfaces(found.value);
      else {
        setInterfaces([]);
        setError(found.error);
      }
      if (now.ok) setStatus(now.value);
    });
    return () => {
      live = false;
    };
  }, [client]);

  const change = useCallback(
    async (ask: () => ReturnType<typeof client.request<'lan.stop'>>, stopping: boolean) => {
      setBusy(true);
      setError(undefined);
      const result = await ask();
      setBusy(false);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setStatus(result.value);
      setStopped(stopping);
    },
    [client],
  );

  return {
    interfaces,
    status,
    busy,
    error,
    stopped,
    start: (address) => change(() => client.request('lan.start', { address }), false),
    stop: () => change(() => client.request('lan.stop', {}), true),
  };
}
