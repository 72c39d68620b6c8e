import { z } from 'zod';
import { BLOCK_LIMITS, blockFieldsSchema, type Block } from '../planner/agenda.js';
import type { BeamerQuestion } from '../beamer/beamer-question.js';
import { BEAMER_ACTION_VIEWS, type BeamerActions } from '../beamer/beamer-actions.js';
import { viewportSchema, type BeamerBoard } from '../beamer/beamer-board.js';
import { BOARD_KINDS, type Board } from '../board/board.js';
import { boardCommandSchema, coordinateSchema } from '../board/board-schema.js';
import { PARTICIPANT_LIMITS, participantFieldsSchema, type Participant } from '../participants/participant.js';
import { BEAMER_VIEWS, type BeamerView } from '../beamer/beamer-view.js';
import { sessionFieldsSchema, sessionIdSchema, type Session } from '../sessions/session.js';
import type { RunState } from '../run/run.js';
import type { Snapshot } from '../state.js';
import type { Template } from '../planner/template.js';
import type { Werkvorm } from '../planner/werkvorm.js';
import { entityIdSchema, newEntityIdSchema } from './entity-id.js';
import { actionCommandSchema } from '../actions/actions-schema.js';
import { backupNameSchema, type BackupInfo, type RestoreResult } from '../backup/backup.js';
import { NAME_DISPLAYS } from '../participants/name-display.js';
import { HARVEST_LANGS } from '../harvest/report-model.js';
import { screensRequestSchemas, type ScreensResponseMap } from '../screens/screens.js';
import type { LanInterface, LanStatus } from '../lan/lan.js';

/**
 * Everything a window may ask of main. A command changes state and is
 * broadcast as events; a query only reads.
 */
const idSchema = entityIdSchema;

/** A PNG up to 48 MB: a board of 1,000 notes at 2x stays well below. */
export const MAX_IMAGE_BYTES = 48 * 1024 * 1024;

/** Bytes as they are (a binary frame over WebSocket, a Uint8Array over IPC), never base64 in JSON. */
const bytesSchema = (max: number) =>
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= max, { message: `between 1 and ${max} bytes` });

/** A board command's answer: where its history stands; the change itself comes as a patch event. */
export interface BoardAck {
  boardId: string;
  historyCursor: number;
  historyLength: number;
}

/** An answer to a change of a session's actions: where its history stands; the change itself comes as a patch event. */
export interface ActionsAck {
  sessionId: string;
  historyCursor: number;
  historyLength: number;
}

/** What a harvest wrote: its folder, the files in it, and what the mail carries. */
export interface HarvestExport {
  folder: string;
  /** Every file's full path, the report first. */
  files: string[];
  /** The mail draft's path, also among `files`. */
  mail: string;
  /** Whether the desktop app opened the draft in the mail program; the browser host leaves it in the folder. */
  mailOpened: boolean;
  /** Who the draft is addressed to. */
  recipients: string[];
  /** The attachments' bytes together; above 10 MB many mail servers refuse a message. */
  attachmentBytes: number;
  /** Boards whose picture the window did not send: in the report as text only. */
  boardsWithoutImage: string[];
  pdfPages: number;
}

/** Above this many bytes of attachments a mail is refused by many servers. */
export const MAIL_ATTACHMENT_LIMIT = 10 * 1024 * 1024;

export const requestSchemas = {
  'session.create': sessionFieldsSchema.partial().required({ title: true }),
  'session.update': z.strictObject({
    id: sessionIdSchema,
    changes: sessionFieldsSchema.partial(),
  }),
  'session.createDemo': z.strictObject({}),
  'session.delete': z.strictObject({ id: sessionIdSchema }),
  'session.open': z.strictObject({ id: sessionIdSchema.nullable() }),
  'block.add': z.strictObject({
    sessionId: sessionIdSchema,
    /** Where in the agenda; the end when left out. */
    index: z.number().int().min(0).optional(),
    fields: blockFieldsSchema.partial().required({ title: true }),
  }),
  'block.update': z.strictObject({ id: idSchema, changes: blockFieldsSchema.partial() }),
  'block.delete': z.strictObject({ id: idSchema }),
  /** Puts a deleted block back where it was: the undo of block.delete. */
  'block.restore': z.strictObject({
    block: blockFieldsSchema.extend({ id: newEntityIdSchema, sessionId: sessionIdSchema }),
    index: z.number().int().min(0),
  }),
  'block.duplicate': z.strictObject({ id: idSchema }),
  'block.move': z.strictObject({ id: idSchema, toIndex: z.number().int().min(0) }),
  'block.setDurations': z.strictObject({
    updates: z.array(z.strictObject({ id: idSchema, durationMinutes: blockFieldsSchema.shape.durationMinutes })).min(1).max(100),
  }),
  'participant.add': z.strictObject({
    sessionId: sessionIdSchema,
    fields: participantFieldsSchema.partial().required({ name: true }),
  }),
  'participant.update': z.strictObject({ id: idSchema, changes: participantFieldsSchema.partial() }),
  'participant.delete': z.strictObject({ id: idSchema }),
  /** A pasted list the facilitator confirmed: every row is saved, or none. */
  'participant.import': z.strictObject({
    sessionId: sessionIdSchema,
    participants: z.array(participantFieldsSchema).min(1).max(PARTICIPANT_LIMITS.import),
  }),
  'beamer.show': z.strictObject({ view: z.enum(BEAMER_VIEWS) }),
  'template.save': z.strictObject({ blockId: idSchema, name: z.string().trim().min(1).max(200).optional() }),
  'template.delete': z.strictObject({ id: idSchema }),
  'run.start': z.strictObject({ sessionId: sessionIdSchema, blockId: idSchema.optional() }),
  'run.pause': z.strictObject({}),
  'run.resume': z.strictObject({}),
  /** Plus or minus whole minutes on the current phase. */
  'run.adjust': z.strictObject({ minutes: z.number().int().min(-60).max(60).refine((m) => m !== 0) }),
  'run.resetPhase': z.strictObject({}),
  'run.nextPhase': z.strictObject({}),
  'run.step': z.strictObject({ direction: z.union([z.literal(1), z.literal(-1)]) }),
  'run.goTo': z.strictObject({ blockId: idSchema }),
  'run.blackout': z.strictObject({ on: z.boolean() }),
  'run.settings': z.strictObject({
    wrapUpMinutes: z.number().int().min(0).max(30).optional(),
    chimeOnBeamer: z.boolean().optional(),
    chimeOnFacilitator: z.boolean().optional(),
    overtimeOnBeamer: z.boolean().optional(),
    countdownOnBoard: z.boolean().optional(),
  }),
  /** New lengths for blocks in this run (a suggestion accepted): the plan stays as it is. All or none. */
  'run.shorten': z.strictObject({
    updates: z.array(z.strictObject({ id: idSchema, minutes: blockFieldsSchema.shape.durationMinutes })).min(1).max(100),
  }),
  /** Leaves a block out of this run; the plan keeps it. */
  'run.drop': z.strictObject({ blockId: idSchema }),
  /** The blocks still to come run as planned again. */
  'run.backToPlan': z.strictObject({ sessionId: sessionIdSchema }),
  'run.catchUp': z.strictObject({}),
  'run.stop': z.strictObject({}),
  'board.create': z.strictObject({
    sessionId: sessionIdSchema,
    blockId: idSchema.optional(),
    title: z.string().trim().min(1).max(200),
    kind: z.enum(BOARD_KINDS).optional(),
  }),
  'board.apply': z.strictObject({ boardId: idSchema, command: boardCommandSchema }),
  'board.undo': z.strictObject({ boardId: idSchema }),
  'board.redo': z.strictObject({ boardId: idSchema }),
  /** A PNG of the whole board, drawn by the window; main writes it to the export folder. */
  'board.saveImage': z.strictObject({
    boardId: idSchema,
    png: bytesSchema(MAX_IMAGE_BYTES),
  }),
  /**
   * A photo's file as the window read it; main checks it, turns it upright,
   * scales it and strips its metadata before it stores it and lays it on the
   * board at (x, y). The size is checked by main, so a refusal can say why.
   */
  'board.addPhoto': z.strictObject({
    boardId: idSchema,
    id: newEntityIdSchema,
    x: coordinateSchema,
    y: coordinateSchema,
    photo: z.instanceof(Uint8Array),
  }),
  /** Puts a board on the beamer (or takes it off with null), following the facilitator's view or showing all. */
  'beamer.board': z.strictObject({ boardId: idSchema.nullable(), follow: z.boolean().optional(), viewport: viewportSchema.nullable().optional() }),
  /**
   * A block's questions on the beamer: one by its place, the next or previous
   * one from the question shown (`step`), all as a list, or none (null).
   */
  'beamer.question': z
    .strictObject({
      blockId: idSchema.nullable(),
      index: z.number().int().min(0).max(BLOCK_LIMITS.questions - 1).optional(),
      step: z.union([z.literal(1), z.literal(-1)]).optional(),
      list: z.boolean().optional(),
    })
    .refine((p) => p.index === undefined || p.step === undefined, { path: ['step'], message: 'an index or a step, not both' }),
  /** The block's own board: the one linked to it, or a new one of the kind its werkvorm works on. */
  'board.forBlock': z.strictObject({ blockId: idSchema }),
  /** One change to a session's action proposals, experiments or agreements: one undo step. */
  'actions.apply': z.strictObject({ sessionId: sessionIdSchema, command: actionCommandSchema }),
  'actions.undo': z.strictObject({ sessionId: sessionIdSchema }),
  'actions.redo': z.strictObject({ sessionId: sessionIdSchema }),
  /** Every milestone of the session's proposals as one .ics file, written by main into the export folder. */
  'actions.exportCalendar': z.strictObject({ sessionId: sessionIdSchema }),
  /** A session's proposals on the beamer: the sign-up, the overview, one proposal's pitch (`proposalId`), or none (null). */
  'beamer.actions': z
    .strictObject({ sessionId: sessionIdSchema, view: z.enum(BEAMER_ACTION_VIEWS).nullable(), proposalId: idSchema.optional() })
    .refine((p) => (p.view === 'pitch') === (p.proposalId !== undefined), { path: ['proposalId'], message: 'a pitch names its proposal, and only a pitch' }),
  /**
   * A board's picture for the harvest that follows, drawn by the window with
   * the screen's drawing functions; main keeps it in memory, for as long as
   * the board does not change.
   */
  'harvest.boardImage': z.strictObject({ boardId: idSchema, png: bytesSchema(MAX_IMAGE_BYTES) }),
  /**
   * The session's harvest in a folder of its own in the export folder: the
   * report, each board's picture, the calendar, a CSV of the notes and a mail
   * draft. `leaveOut` are participants not to mail; `mailImages: false` sends
   * a report without pictures while the folder keeps both.
   */
  'harvest.export': z.strictObject({
    sessionId: sessionIdSchema,
    names: z.enum(NAME_DISPLAYS),
    lang: z.enum(HARVEST_LANGS).optional(),
    leaveOut: z.array(idSchema).max(PARTICIPANT_LIMITS.import).optional(),
    mailImages: z.boolean().optional(),
  }),
  /** The participant guide to print before the session, as a PDF in the export folder. */
  'guide.export': z.strictObject({ sessionId: sessionIdSchema, lang: z.enum(HARVEST_LANGS).optional() }),
  'state.snapshot': z.strictObject({}),
  'library.list': z.strictObject({}),
  /** The back-ups beside the database, newest first. */
  'backup.list': z.strictObject({}),
  /** A back-up now, besides the ones made by themselves. */
  'backup.create': z.strictObject({}),
  /** Puts a back-up in the database's place, the current file set aside; every window gets a fresh snapshot. */
  'backup.restore': z.strictObject({ name: backupNameSchema }),
  /**
   * Holds every beamer on what it shows now while the facilitator prepares
   * the next thing (true), or shows the room the current state again (false).
   * Kept in main's memory only: a restart shows the current state.
   */
  'beamer.freeze': z.strictObject({ frozen: z.boolean() }),
  /** This window is also sent what the beamer is sent, for its preview of the room (true), or no longer (false). */
  'beamer.watch': z.strictObject({ watch: z.boolean() }),
  /** The displays and the beamer on them: answered by the desktop app's shell, refused by the browser host (`desktop_only`). */
  ...screensRequestSchemas,
  /** This computer's network connections a beamer in the room could reach. */
  'lan.interfaces': z.strictObject({}),
  'lan.status': z.strictObject({}),
  /** Lets the room's computers open the beamer (and nothing else) on one connection's address, with a new key. */
  'lan.start': z.strictObject({ address: z.ipv4() }),
  /** Closes that door: the key is void and every beamer on it is cut off. */
  'lan.stop': z.strictObject({}),
} as const;

export interface ResponseMap {
  'session.create': Session;
  'session.update': Session;
  'session.createDemo': Session;
  'session.delete': { id: string };
  'session.open': { id: string | null };
  'block.add': Block;
  'block.update': Block;
  'block.delete': { block: Block; index: number };
  'block.restore': Block;
  'block.duplicate': Block;
  'block.move': { sessionId: string; order: string[] };
  'block.setDurations': { count: number };
  'participant.add': Participant;
  'participant.update': Participant;
  'participant.delete': { participant: Participant; index: number };
  'participant.import': Participant[];
  'beamer.show': { view: BeamerView };
  'template.save': Template;
  'template.delete': { id: string };
  'run.start': RunState | null;
  'run.pause': RunState | null;
  'run.resume': RunState | null;
  'run.adjust': RunState | null;
  'run.resetPhase': RunState | null;
  'run.nextPhase': RunState | null;
  'run.step': RunState | null;
  'run.goTo': RunState | null;
  'run.blackout': RunState | null;
  'run.settings': RunState | null;
  'run.shorten': RunState | null;
  'run.drop': RunState | null;
  'run.backToPlan': RunState | null;
  'run.catchUp': RunState | null;
  'run.stop': RunState | null;
  'board.create': Board;
  'board.apply': BoardAck;
  'board.undo': BoardAck;
  'board.redo': BoardAck;
  'board.saveImage': { path: string; width: number; height: number };
  'board.addPhoto': BoardAck;
  'beamer.board': BeamerBoard;
  'beamer.question': BeamerQuestion;
  'board.forBlock': Board;
  'actions.apply': ActionsAck;
  'actions.undo': ActionsAck;
  'actions.redo': ActionsAck;
  'actions.exportCalendar': { path: string; events: number };
  'beamer.actions': BeamerActions;
  'harvest.boardImage': { boardId: string; width: number; height: number };
  'harvest.export': HarvestExport;
  'guide.export': { path: string; pages: number };
  'state.snapshot': Snapshot;
  'library.list': Werkvorm[];
  'backup.list': BackupInfo[];
  'backup.create': BackupInfo;
  'backup.restore': RestoreResult;
  'beamer.freeze': { frozen: boolean };
  'beamer.watch': { watching: boolean };
  'screens.list': ScreensResponseMap['screens.list'];
  'screens.choose': ScreensResponseMap['screens.choose'];
  'screens.identify': ScreensResponseMap['screens.identify'];
  'lan.interfaces': LanInterface[];
  'lan.status': LanStatus;
  'lan.start': LanStatus;
  'lan.stop': LanStatus;
}

export type RequestName = keyof typeof requestSchemas;
export type RequestPayload<N extends RequestName> = z.input<(typeof requestSchemas)[N]>;
export type ParsedPayload<N extends RequestName> = z.output<(typeof requestSchemas)[N]>;
export type ResponseOf<N extends RequestName> = ResponseMap[N];

export const QUERY_NAMES: ReadonlySet<RequestName> = new Set(['state.snapshot', 'library.list']);

/**
 * Requests about the database file itself rather than what is in it: not
 * commands (a restore replaces the whole state), and not queries a beamer
 * may send.
 */
export const BACKUP_REQUEST_NAMES = ['backup.list', 'backup.create', 'backup.restore'] as const;
export type BackupRequestName = (typeof BACKUP_REQUEST_NAMES)[number];
export const isBackupRequest = (name: RequestName): name is BackupRequestName => (BACKUP_REQUEST_NAMES as readonly string[]).includes(name);

/**
 * Requests about the windows rather than the data: answered by the hub, not
 * stored and not numbered, like a drag's preview.
 */
export const WINDOW_REQUEST_NAMES = ['beamer.freeze', 'beamer.watch'] as const;
export type WindowRequestName = (typeof WINDOW_REQUEST_NAMES)[number];
export const isWindowRequest = (name: RequestName): name is WindowRequestName => (WINDOW_REQUEST_NAMES as readonly string[]).includes(name);

/**
 * Requests about the beamer on the room's network: answered by the shell
 * (desktop app or browser host) that owns the listener, never by a beamer.
 */
export const LAN_REQUEST_NAMES = ['lan.interfaces', 'lan.status', 'lan.start', 'lan.stop'] as const;
export type LanRequestName = (typeof LAN_REQUEST_NAMES)[number];
export const isLanRequest = (name: RequestName): name is LanRequestName => (LAN_REQUEST_NAMES as readonly string[]).includes(name);

/**
 * Requests that write files: checked like any other, then done beside the
 * commands rather than in their transaction, and answered once the file is
 * whole on disk, so a large image holds up no other window meanwhile.
 */
export const TASK_NAMES = ['board.saveImage', 'board.addPhoto', 'actions.exportCalendar', 'harvest.boardImage', 'harvest.export', 'guide.export'] as const;
export type TaskName = (typeof TASK_NAMES)[number];
export const isTask = (name: RequestName): name is TaskName => (TASK_NAMES as readonly string[]).includes(name);

export const isRequestName = (name: unknown): name is RequestName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(requestSchemas, name);
