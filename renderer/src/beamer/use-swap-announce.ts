import { useRef } from 'react';
import type { RunState } from '../../../shared/run/run.js';

/** How long "Wissel!" stays up after the swap, on main's timeline. */
export const SWAP_BANNER_MS = 6000;

/**
 * The announcement of a swap that just happened here ("Wissel!"), or
 * undefined: a move to another block or phase takes it down early.
 */
export function useSwapAnnounce(run: RunState, now: number): { id: number; text: string } | undefined {
  const signal = run.signal;
  // Where each signal happened, so a later move is seen as leaving it.
  const origin = useRef<{ id: number; at: string } | null>(null);
  const here = `${run.blockId}#${run.phaseIndex}`;
  if (signal && origin.current?.id !== signal.id) origin.current = { id: signal.id, at: here };
  const age = signal ? now - signal.at : Infinity;
  const recent = origin.current?.at === here && age > -1000 && age < SWAP_BANNER_MS;
  return signal?.kind === 'swap' && recent && signal.announce ? { id: signal.id, text: signal.announce } : undefined;
}
