import { ENTITY_KINDS, type BoardContent, type BoardPatch } from './board.js';
import * as ops from './board-ops.js';
import * as timeline from './timeline-ops.js';
import type { BoardCommand } from './board-schema.js';

/** The patch a command makes of the board as it is now. */
export function patchFor(content: BoardContent, command: BoardCommand): BoardPatch {
  switch (command.op) {
    case 'addNote':
      return ops.addNote(content, command);
    case 'pasteNotes':
      return ops.pasteNotes(content, command.notes);
    case 'editNote': {
      const { op: _op, id, ...changes } = command;
      return ops.editNote(content, id, changes);
    }
    case 'colourNotes':
      return ops.colourNotes(content, command.ids, command.color);
    case 'moveNotes':
      return ops.moveNotes(content, command.moves);
    case 'deleteNotes':
      return ops.deleteNotes(content, command.ids);
    case 'makeCluster':
      return ops.makeCluster(content, { id: command.id, name: command.name }, command.noteIds);
    case 'moveCluster':
      return ops.moveCluster(content, command.id, command.dx, command.dy);
    case 'renameCluster':
      return ops.renameCluster(content, command.id, command.name);
    case 'setCollapsed':
      return ops.setCollapsed(content, command.id, command.collapsed);
    case 'tidyCluster':
      return ops.tidyCluster(content, command.id);
    case 'mergeClusters':
      return ops.mergeClusters(content, command.intoId, command.fromId);
    case 'vote':
      return ops.vote(content, command.note ? { note: command.note } : { cluster: command.cluster ?? '' }, command.delta);
    case 'resetVotes':
      return ops.resetVotes(content);
    case 'addAnecdote':
      return timeline.addAnecdote(content, command);
    case 'editAnecdote': {
      const { op: _op, id, ...changes } = command;
      return timeline.editAnecdote(content, id, changes);
    }
    case 'deleteAnecdotes':
      return timeline.deleteAnecdotes(content, command.ids);
    case 'addEra':
      return timeline.addEra(content, { id: command.id, name: command.name, from: command.from, to: command.to });
    case 'editEra': {
      const { op: _op, id, ...changes } = command;
      return timeline.editEra(content, id, changes);
    }
    case 'deleteEra':
      return timeline.deleteEra(content, command.id);
    case 'setPeriod':
      return timeline.setPeriod(content, command.from, command.to);
  }
}

export const isEmptyPatch = (p: BoardPatch): boolean => ENTITY_KINDS.every((kind) => p.put[kind].length === 0 && p.remove[kind].length === 0);
