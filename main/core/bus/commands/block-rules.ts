import type { BlockFields } from '../../../../shared/agenda.js';
import { fail, type Result } from '../../../../shared/result.js';
import { withinSession } from '../../../../shared/schedule.js';
import type { Session } from '../../../../shared/session.js';

/** Rules that need the session: a fixed start must fall inside it. */
export function checkBlockInSession(fields: Partial<BlockFields>, session: Session): Result<never> | undefined {
  if (!fields.fixedStart || !session.startTime) return undefined;
  if (withinSession(session, fields.fixedStart)) return undefined;
  return fail(
    'invalid_payload',
    `Fixed start ${fields.fixedStart} is outside the session (${session.startTime}-${session.endTime})`,
    [{ field: 'fixedStart', problem: 'outside_session' }],
  );
}
