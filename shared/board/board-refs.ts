import { fail, type Result } from '../contract/result.js';
import type { BoardContent, EntityKind } from './board.js';
import type { BoardCommand } from './board-schema.js';

/** A field of a command that holds an id, and the kind of entity it is the id of. */
type Ref = readonly [field: string, kind: EntityKind, id: string];

const one = (field: string, kind: EntityKind, id: string): Ref[] => [[field, kind, id]];
const each = (field: string, kind: EntityKind, ids: readonly string[]): Ref[] => ids.map((id, i) => [`${field}.${i}`, kind, id] as const);

/** What a command acts on, which must be on this board. */
function named(command: BoardCommand): Ref[] {
  switch (command.op) {
    case 'editNote':
    case 'dropInRing':
    case 'setNextStep':
    case 'setInterests':
    case 'setScaleAt':
      return one('id', 'notes', command.id);
    case 'colourNotes':
    case 'deleteNotes':
    case 'setRing':
      return each('ids', 'notes', command.ids);
    case 'moveNotes':
      return command.moves.map((move, i) => [`moves.${i}.id`, 'notes', move.id] as const);
    case 'makeCluster':
      return each('noteIds', 'notes', command.noteIds);
    case 'moveCluster':
    case 'renameCluster':
    case 'setCollapsed':
    case 'tidyCluster':
      return one('id', 'clusters', command.id);
    case 'mergeClusters':
      return [...one('intoId', 'clusters', command.intoId), ...one('fromId', 'clusters', command.fromId)];
    case 'vote':
      return command.note !== undefined ? one('note', 'notes', command.note) : one('cluster', 'clusters', command.cluster ?? '');
    case 'editAnecdote':
      return one('id', 'anecdotes', command.id);
    case 'deleteAnecdotes':
      return each('ids', 'anecdotes', command.ids);
    case 'editEra':
    case 'deleteEra':
      return one('id', 'eras', command.id);
    case 'addRelation':
      return [...one('from', 'notes', command.from), ...one('to', 'notes', command.to)];
    case 'setRelationStyle':
    case 'deleteRelation':
      return one('id', 'relations', command.id);
    case 'renameRing':
    case 'removeRing':
      return one('id', 'rings', command.id);
    case 'setGroupMark':
    case 'setMarker':
      return one('id', 'scales', command.id);
    case 'placeInArea':
      return [...each('ids', 'notes', command.ids), ...(command.area === null ? [] : one('area', 'areas', command.area))];
    case 'dropInArea':
      return one('id', 'notes', command.id);
    case 'renameArea':
    case 'removeColumn':
    case 'returnCard':
      return one('id', 'areas', command.id);
    case 'setCurrentArea':
      return command.id === null ? [] : one('id', 'areas', command.id);
    case 'placePhoto':
      return one('id', 'photos', command.id);
    case 'deletePhotos':
      return each('ids', 'photos', command.ids);
    case 'addNote':
      return command.area === undefined ? [] : one('area', 'areas', command.area);
    case 'addColumn':
    case 'drawCard':
    case 'pasteNotes':
    case 'resetVotes':
    case 'addAnecdote':
    case 'addEra':
    case 'setPeriod':
    case 'addRing':
    case 'addMeasurement':
      return [];
  }
}

/** What a command makes, whose id must not be taken on this board. */
function made(command: BoardCommand): Ref[] {
  switch (command.op) {
    case 'addNote':
      return one('id', 'notes', command.id);
    case 'pasteNotes':
      return command.notes.map((note, i) => [`notes.${i}.id`, 'notes', note.id] as const);
    case 'makeCluster':
      return one('id', 'clusters', command.id);
    case 'addAnecdote':
      return one('id', 'anecdotes', command.id);
    case 'addEra':
      return one('id', 'eras', command.id);
    case 'addRelation':
      return one('id', 'relations', command.id);
    case 'addRing':
      return one('id', 'rings', command.id);
    case 'addMeasurement':
      return one('id', 'scales', command.id);
    case 'addColumn':
    case 'drawCard':
      return one('id', 'areas', command.id);
    default:
      return [];
  }
}

const on = (content: BoardContent, [, kind, id]: Ref) => Object.hasOwn(content[kind], id);

/**
 * Why a command cannot apply to this board as it is: it names something that
 * is not on it (another board's note, one just deleted in another window), or
 * gives something new an id that is taken. Fields are as the request names
 * them. Undefined when every id holds.
 */
export function referenceProblem(content: BoardContent, command: BoardCommand): Result<never> | undefined {
  const missing = named(command).find((ref) => !on(content, ref));
  if (missing) return fail('not_found', `${command.op}: ${missing[1]} ${missing[2]} is not on this board`, [{ field: `command.${missing[0]}`, problem: 'invalid' }]);
  const ring = command.op === 'setRing' ? command.ring : null;
  if (ring !== null && ring >= Object.keys(content.rings).length) {
    return fail('not_found', `${command.op}: this board has no ring ${ring}`, [{ field: 'command.ring', problem: 'invalid' }]);
  }
  const taken = made(command).find((ref) => on(content, ref));
  if (taken) return fail('invalid_payload', `${command.op}: ${taken[1]} ${taken[2]} exists already`, [{ field: `command.${taken[0]}`, problem: 'invalid' }]);
  return undefined;
}
