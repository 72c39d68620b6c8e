import { expect } from 'vitest';
import type { Core } from '../../main/core/core.js';
import type { Result } from '../../shared/contract/result.js';
import { emptySessionFields, type Session } from '../../shared/sessions/session.js';

/** The value of a result that must have succeeded. */
export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Runs a request that must fail, checks that it changed nothing, and returns its error. */
export const unchanged = (core: Core, run: () => Result<unknown>) => {
  const before = core.store.state();
  const result = run();
  expect(result.ok).toBe(false);
  expect(core.store.state()).toEqual(before);
  return result.ok ? undefined : result.error;
};

/** The same for a request answered later (a task such as board.saveImage). */
export const unchangedLater = async (core: Core, run: () => Promise<Result<unknown>>) => {
  const before = core.store.state();
  const result = await run();
  expect(result.ok).toBe(false);
  expect(core.store.state()).toEqual(before);
  return result.ok ? undefined : result.error;
};

/** A plain session record for tests of the pure state functions. */
export const sessionRecord = (id: string, title = id): Session => ({
  ...emptySessionFields,
  id,
  title,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
