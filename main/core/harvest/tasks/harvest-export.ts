import { milestoneEvents } from '../../../../shared/actions/milestone-calendar.js';
import { fail, notFound, ok, type Result } from '../../../../shared/contract/result.js';
import type { HarvestExport } from '../../../../shared/contract/requests.js';
import { mailText } from '../../../../shared/harvest/mail-text.js';
import { notesCsvRows } from '../../../../shared/harvest/notes-csv-rows.js';
import { buildReport } from '../../../../shared/harvest/report.js';
import { harvestContext, sessionBoards } from '../../../../shared/harvest/harvest-section.js';
import type { HarvestLang, HarvestNames } from '../../../../shared/harvest/report-model.js';
import { actionsOf, type StoredState } from '../../../../shared/state.js';
import { calendarText } from '../../actions/calendar-file.js';
import type { TaskContext, TaskHandler } from '../../bus/task.js';
import { storageFailure } from '../../store/storage-failure.js';
import type { BoardPicture } from '../board-pictures.js';
import { uniqueNames, writeFolderWhole, type FolderFile, type WriteFile } from '../export-folder.js';
import { boardImageName, HARVEST_FILES, harvestFolderName } from '../harvest-file-names.js';
import { mailDraftBytes, mailRecipients, mailSender, type MailAttachment } from '../mail-draft.js';
import { openWrittenDraft } from '../mail-opener.js';
import { notesCsvBytes } from '../notes-csv.js';
import { renderReportPdf } from '../pdf/report-pdf.js';

export interface HarvestRequest {
  sessionId: string;
  names: HarvestNames;
  lang?: HarvestLang | undefined;
  leaveOut?: string[] | undefined;
  mailImages?: boolean | undefined;
}

/**
 * The session's harvest, in a folder of its own that appears whole or not at
 * all: the report, each board's picture the window sent, the milestones'
 * calendar, the notes as CSV and a mail draft with the report attached.
 */
export const harvestExport: TaskHandler<'harvest.export'> = (payload, ctx) => writeHarvest(payload, ctx);

/** `write` lets a test make one file's write fail halfway through the folder. */
export async function writeHarvest(request: HarvestRequest, ctx: TaskContext, write?: WriteFile): Promise<Result<HarvestExport>> {
  const { sessionId, names, lang = 'nl', leaveOut = [], mailImages = true } = request;
  const state = ctx.snapshot();
  const session = state.sessions.find((s) => s.id === sessionId);
  if (!session) return notFound('sessionId', `Session ${sessionId} does not exist`);
  const now = ctx.clock.now();
  const boards = sessionBoards(state, sessionId);
  const images = new Map<string, BoardPicture>();
  for (const board of boards) {
    const picture = ctx.pictures.currentForPrint(board);
    if (picture) images.set(board.id, picture);
  }
  const fileNames = HARVEST_FILES[lang];
  const files: FolderFile[] = [];
  const doc = buildReport(state, sessionId, { names, lang, boardHasImage: (id) => images.has(id) });
  const report = await renderReportPdf(doc, images);
  files.push({ name: fileNames.report, bytes: report.bytes });
  let mailed: MailAttachment = { filename: fileNames.report, bytes: report.bytes };
  if (!mailImages) {
    const plain = await renderReportPdf(doc, new Map());
    files.push({ name: fileNames.reportPlain, bytes: plain.bytes });
    mailed = { filename: fileNames.reportPlain, bytes: plain.bytes };
  }
  const unique = uniqueNames();
  for (const name of files.map((f) => f.name)) unique(name);
  for (const board of boards) {
    // The folder keeps the picture as the window drew it.
    const picture = images.has(board.id) ? ctx.pictures.current(board) : undefined;
    if (picture) files.push({ name: unique(boardImageName(board.title, lang)), bytes: picture.png });
  }
  const attachments = [mailed];
  const calendar = calendarBytes(state, sessionId, names, lang, session.title, now);
  if (calendar) {
    files.push({ name: fileNames.calendar, bytes: calendar });
    attachments.push({ filename: fileNames.calendar, bytes: calendar });
  }
  files.push({ name: fileNames.notes, bytes: notesCsvBytes(notesCsvRows(state, sessionId, { names, lang })) });
  const participants = state.participants[sessionId] ?? [];
  const to = mailRecipients(participants, leaveOut);
  const from = mailSender(participants);
  const { subject, text } = mailText(state, sessionId, { names, lang });
  files.push({ name: fileNames.mail, bytes: await mailDraftBytes({ to, ...(from ? { from } : {}), names, subject, text, date: now, attachments }) });
  try {
    const written = await writeFolderWhole(ctx.exportDir(), harvestFolderName(session, lang, now), files, write);
    const mail = written.files.at(-1)!;
    return ok({
      folder: written.folder,
      files: written.files,
      mail,
      mailOpened: ctx.openMail ? await openWrittenDraft(ctx.openMail, ctx.exportDir(), mail) : false,
      recipients: to.map((p) => p.email),
      attachmentBytes: attachments.reduce((sum, a) => sum + a.bytes.byteLength, 0),
      boardsWithoutImage: boards.filter((b) => !images.has(b.id)).map((b) => b.id),
      pdfPages: report.pages,
    });
  } catch (error) {
    if (storageFailure(error) === 'disk_full') return fail('disk_full', `Could not write the harvest: ${(error as Error).message}`);
    return fail('io_error', `Could not write the harvest: ${(error as Error).message}`);
  }
}

/**
 * The milestones as a calendar, or nothing when the proposals have none.
 * Owners are named as the export names people; with no names, a dash, so
 * the line does not read as "nobody yet".
 */
function calendarBytes(state: StoredState, sessionId: string, names: HarvestNames, lang: HarvestLang, title: string, now: Date): Uint8Array | undefined {
  const ctx = harvestContext(state, sessionId, { names, lang });
  const people = ctx.participants.map((p) => ({ id: p.id, name: ctx.nameOf(p.id) || '–' }));
  const events = milestoneEvents(sessionId, actionsOf(state, sessionId).content, people, state.boards);
  if (events.length === 0) return undefined;
  return new TextEncoder().encode(calendarText(title, events, now));
}
