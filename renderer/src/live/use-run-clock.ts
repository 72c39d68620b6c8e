import { useEffect, useState } from 'react';
import type { RunState } from '../../../shared/run/run.js';
import { useClientState } from '../client/client-context.js';

const FRAME_MS = 200;

/**
 * Main's timeline as this window sees it, refreshed a few times a second
 * while a run is live. The countdown is derived from the run's stored times
 * on every refresh, so a missed refresh never makes it drift.
 */
export function useRunNow(run: RunState | null | undefined): number {
  const { clockOffset } = useClientState();
  const [now, setNow] = useState(() => Date.now() + clockOffset);
  const live = Boolean(run?.live);
  useEffect(() => {
    setNow(Date.now() + clockOffset);
    if (!live) return;
    const id = setInterval(() => setNow(Date.now() + clockOffset), FRAME_MS);
    return () => clearInterval(id);
  }, [live, clockOffset, run]);
  return now;
}
