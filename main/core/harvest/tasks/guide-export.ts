import { fail, notFound, ok } from '../../../../shared/contract/result.js';
import { buildGuide } from '../../../../shared/harvest/guide.js';
import type { TaskHandler } from '../../bus/task.js';
import { writeFileWhole } from '../../files/whole-file.js';
import { storageFailure } from '../../store/storage-failure.js';
import { guideFileName } from '../harvest-file-names.js';
import { renderReportPdf } from '../pdf/report-pdf.js';

/** The participant guide to print before the session, written whole to the export folder beside earlier ones. */
export const guideExport: TaskHandler<'guide.export'> = async ({ sessionId, lang = 'nl' }, { clock, exportDir, snapshot }) => {
  const state = snapshot();
  const session = state.sessions.find((s) => s.id === sessionId);
  if (!session) return notFound('sessionId', `Session ${sessionId} does not exist`);
  const now = clock.now();
  const pdf = await renderReportPdf(buildGuide(state, sessionId, lang), new Map());
  try {
    const file = await writeFileWhole(exportDir(), guideFileName(session, lang, now), pdf.bytes);
    return ok({ path: file, pages: pdf.pages });
  } catch (error) {
    if (storageFailure(error) === 'disk_full') return fail('disk_full', `Could not write the guide: ${(error as Error).message}`);
    return fail('io_error', `Could not write the guide: ${(error as Error).message}`);
  }
};
