import { ENTITY_KINDS, patch, type BoardContent, type BoardKind, type BoardPatch } from './board.js';
import * as ops from './board-ops.js';
import * as areas from '../areas/area-ops.js';
import { isAreaKind } from '../areas/areas.js';
import * as rings from '../rings/ring-ops.js';
import * as scale from '../scale/scale-ops.js';
import * as timeline from '../timeline/timeline-ops.js';
import * as photos from '../photos/photo-ops.js';
import type { BoardCommand } from './board-schema.js';

/** The patch a command makes of the board as it is now. */
export function patchFor(content: BoardContent, command: BoardCommand, kind: BoardKind = 'notes'): BoardPatch {
  switch (command.op) {
    case 'addNote': {
      const added = ops.addNote(content, command, command.viewWidth);
      // Typed straight into its area: one step, as the note is made.
      return command.area && content.areas[command.area] && !content.areas[command.area]!.axis ? { ...added, put: { ...added.put, notes: added.put.notes.map((n) => ({ ...n, area: command.area! })) } } : added;
    }
    case 'pasteNotes':
      return ops.pasteNotes(content, command.notes, command.viewWidth);
    case 'editNote': {
      const { op: _op, id, ...changes } = command;
      return ops.editNote(content, id, changes);
    }
    case 'colourNotes':
      return ops.colourNotes(content, command.ids, command.color);
    case 'moveNotes':
      return ops.moveNotes(content, command.moves);
    case 'deleteNotes': {
      // A stakeholder's lines go with it.
      const removed = ops.deleteNotes(content, command.ids);
      return { ...removed, remove: { ...removed.remove, relations: rings.relationsOf(content, command.ids) } };
    }
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
    case 'dropInRing':
      return rings.dropInRing(content, kind, command.id, command.x, command.y, command.pin);
    case 'setRing':
      return rings.setRing(content, command.ids, command.ring);
    case 'setNextStep':
      return rings.setNextStep(content, command.id, command.step);
    case 'setInterests':
      return rings.setInterests(content, command.id, command.interests);
    case 'addRelation':
      return rings.addRelation(content, command.id, command.from, command.to, command.style);
    case 'setRelationStyle':
      return rings.setRelationStyle(content, command.id, command.style);
    case 'deleteRelation':
      return rings.deleteRelation(content, command.id);
    case 'addRing':
      return rings.addRing(content, command.id, command.label);
    case 'renameRing':
      return rings.renameRing(content, command.id, command.label);
    case 'removeRing':
      return rings.removeRing(content, command.id);
    case 'addMeasurement':
      return scale.addMeasurement(content, command.id, command.label, command.takenAt);
    case 'setGroupMark':
      return scale.setGroupMark(content, command.id, command.value);
    case 'setMarker':
      return scale.setMarker(content, command.id, command.name, command.value);
    case 'setScaleAt':
      return scale.setScaleAt(content, command.id, command.value);
    case 'placeInArea':
      return areas.placeInArea(content, command.ids, command.area);
    case 'dropInArea':
      return isAreaKind(kind) ? areas.dropInArea(content, kind, command.id, command.x, command.y) : patch();
    case 'renameArea':
      return areas.renameArea(content, command.id, command.label);
    case 'addColumn':
      return areas.addColumn(content, command.id, command.label);
    case 'removeColumn':
      return areas.removeColumn(content, command.id);
    case 'setCurrentArea':
      return areas.setCurrentArea(content, command.id);
    case 'drawCard':
      return areas.drawCard(content, command.id, command.card);
    case 'returnCard':
      return areas.returnCard(content, command.id);
    case 'placePhoto':
      return photos.placePhoto(content, command.id, command.x, command.y, command.width);
    case 'deletePhotos':
      return photos.deletePhotos(content, command.ids);
  }
}

/** Which boards each kind of command belongs to; the post-it commands work on every board. */
const ONLY: Partial<Record<BoardCommand['op'], readonly BoardKind[]>> = {
  addAnecdote: ['timeline'],
  editAnecdote: ['timeline'],
  deleteAnecdotes: ['timeline'],
  addEra: ['timeline'],
  editEra: ['timeline'],
  deleteEra: ['timeline'],
  setPeriod: ['timeline'],
  dropInRing: ['progress', 'influence', 'stakeholders'],
  setRing: ['progress', 'influence', 'stakeholders'],
  setNextStep: ['progress'],
  setInterests: ['stakeholders'],
  addRelation: ['stakeholders'],
  setRelationStyle: ['stakeholders'],
  deleteRelation: ['stakeholders'],
  addRing: ['stakeholders'],
  renameRing: ['stakeholders'],
  removeRing: ['stakeholders'],
  addMeasurement: ['scale'],
  setGroupMark: ['scale'],
  setMarker: ['scale'],
  setScaleAt: ['scale'],
  placeInArea: ['columns', 'fields', 'cards'],
  dropInArea: ['columns', 'fields', 'cards'],
  renameArea: ['columns', 'fields'],
  addColumn: ['columns'],
  removeColumn: ['columns'],
  setCurrentArea: ['columns'],
  drawCard: ['cards'],
  returnCard: ['cards'],
  placePhoto: ['notes'],
  deletePhotos: ['notes'],
};

export const commandFits = (kind: BoardKind, op: BoardCommand['op']): boolean => ONLY[op]?.includes(kind) ?? true;

export const isEmptyPatch = (p: BoardPatch): boolean => ENTITY_KINDS.every((kind) => p.put[kind].length === 0 && p.remove[kind].length === 0);
