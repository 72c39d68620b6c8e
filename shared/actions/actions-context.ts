import { fail, type Result } from '../contract/result.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { PatchBuilder } from '../document/patch-builder.js';
import { actionsDocument, type ActionEntities, type ActionsContent, type ActionsPatch } from './actions.js';

/** What a command on a session's actions may know of the rest of the session; main fills it in. */
export interface ActionsContext {
  /** The day milestones and an experiment's horizon count from (see milestone-dates.ts). */
  referenceDay: CalendarDate;
  newId(): string;
  isParticipant(id: string): boolean;
  /** The themes of one of the session's post-it boards, in their ranking; undefined when the session has no such board. */
  themesOf(boardId: string): { id: string; name: string }[] | undefined;
  hasBlock(blockId: string): boolean;
}

export type PatchResult = Result<ActionsPatch>;

export const builder = (content: ActionsContent) => new PatchBuilder<ActionEntities>(actionsDocument, content);

/** Refusals, with the field the window sent that caused them. */
export const missing = (what: string, id: string, field: string): Result<never> =>
  fail('not_found', `${what} ${id} does not exist`, [{ field, problem: 'invalid' }]);

export const invalid = (message: string, field: string): Result<never> => fail('invalid_payload', message, [{ field, problem: 'invalid' }]);
