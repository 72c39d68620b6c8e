import { milestoneEvents } from '../../../../shared/actions/milestone-calendar.js';
import { fail, notFound, ok } from '../../../../shared/contract/result.js';
import { actionsOf } from '../../../../shared/state.js';
import type { TaskHandler } from '../../bus/task.js';
import { writeFileWhole } from '../../files/whole-file.js';
import { storageFailure } from '../../store/storage-failure.js';
import { calendarFileName, calendarText } from '../calendar-file.js';

/** Writes every milestone of a session's proposals to one .ics file in the export folder, beside earlier ones. */
export const actionsExportCalendar: TaskHandler<'actions.exportCalendar'> = async ({ sessionId }, { clock, exportDir, snapshot }) => {
  const state = snapshot();
  const session = state.sessions.find((s) => s.id === sessionId);
  if (!session) return notFound('sessionId', `Session ${sessionId} does not exist`);
  const events = milestoneEvents(sessionId, actionsOf(state, sessionId).content, state.participants[sessionId] ?? [], state.boards);
  if (events.length === 0) return fail('invalid_payload', 'The session has no milestones to put in a calendar', [{ field: 'milestones', problem: 'too_small', min: 1 }]);
  const now = clock.now();
  try {
    const file = await writeFileWhole(exportDir(), calendarFileName(session.title, now), new TextEncoder().encode(calendarText(session.title, events, now)));
    return ok({ path: file, events: events.length });
  } catch (error) {
    if (storageFailure(error) === 'disk_full') return fail('disk_full', `Could not write the calendar: ${(error as Error).message}`);
    return fail('io_error', `Could not write the calendar: ${(error as Error).message}`);
  }
};
