import type { BlockFields } from '../../../../shared/planner/agenda.js';
import { fail, type Result } from '../../../../shared/contract/result.js';
import { withinSession } from '../../../../shared/planner/schedule.js';
import type { Session } from '../../../../shared/sessions/session.js';

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
