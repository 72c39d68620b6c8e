import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import type { Board } from '../../shared/board/board.js';
import { emptyParticipantFields, type Participant } from '../../shared/participants/participant.js';
import { emptyBlockFields, type Block } from '../../shared/planner/agenda.js';
import type { Template } from '../../shared/planner/template.js';
import type { Session } from '../../shared/sessions/session.js';
import { PROTOTYPE_NAMES } from '../support/every-board.js';
import { unchangedLater, value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

/** A live session with two blocks, a participant, a template and a board; and another session with a block of its own. */
function world() {
  const core = createCore(tempDir());
  const ask = <T>(name: string, payload: unknown) => value<T>(core.bus.dispatch(name, payload));
  const session = ask<Session>('session.create', { title: 'Avond' });
  const first = ask<Block>('block.add', { sessionId: session.id, fields: { title: 'Welkom', durationMinutes: 10 } });
  ask<Block>('block.add', { sessionId: session.id, fields: { title: 'Interview', durationMinutes: 30 } });
  ask<Participant>('participant.add', { sessionId: session.id, fields: { name: 'Anouk' } });
  ask<Template>('template.save', { blockId: first.id });
  ask<Board>('board.create', { sessionId: session.id, title: 'Ideeën' });
  const other = ask<Session>('session.create', { title: 'Tweede avond' });
  const elsewhere = ask<Block>('block.add', { sessionId: other.id, fields: { title: 'Elders' } });
  ask('run.start', { sessionId: session.id });
  return { core, session, first, elsewhere };
}

type World = ReturnType<typeof world>;

/** Every request that names something by id, naming `x` instead, with the field that names it. */
const requests = (x: string, w: World): [string, unknown, string][] => [
  ['session.update', { id: x, changes: { title: 'B' } }, 'id'],
  ['session.delete', { id: x }, 'id'],
  ['session.open', { id: x }, 'id'],
  ['block.add', { sessionId: x, fields: { title: 'X' } }, 'sessionId'],
  ['block.update', { id: x, changes: { title: 'X' } }, 'id'],
  ['block.delete', { id: x }, 'id'],
  ['block.duplicate', { id: x }, 'id'],
  ['block.move', { id: x, toIndex: 0 }, 'id'],
  ['block.restore', { block: { ...emptyBlockFields, title: 'X', id: 'nieuw', sessionId: x }, index: 0 }, 'block.sessionId'],
  ['block.setDurations', { updates: [{ id: w.first.id, durationMinutes: 20 }, { id: x, durationMinutes: 20 }] }, 'updates.1.id'],
  ['participant.add', { sessionId: x, fields: { name: 'A' } }, 'sessionId'],
  ['participant.update', { id: x, changes: { name: 'B' } }, 'id'],
  ['participant.delete', { id: x }, 'id'],
  ['participant.import', { sessionId: x, participants: [{ ...emptyParticipantFields, name: 'A' }] }, 'sessionId'],
  ['template.save', { blockId: x }, 'blockId'],
  ['template.delete', { id: x }, 'id'],
  ['run.start', { sessionId: x }, 'sessionId'],
  ['run.start', { sessionId: w.session.id, blockId: x }, 'blockId'],
  ['run.goTo', { blockId: x }, 'blockId'],
  ['run.shorten', { updates: [{ id: x, minutes: 5 }] }, 'updates.0.id'],
  ['run.drop', { blockId: x }, 'blockId'],
  ['run.backToPlan', { sessionId: x }, 'sessionId'],
  ['board.create', { sessionId: x, title: 'X' }, 'sessionId'],
  ['board.create', { sessionId: w.session.id, blockId: x, title: 'X' }, 'blockId'],
  ['board.forBlock', { blockId: x }, 'blockId'],
  ['beamer.question', { blockId: x }, 'blockId'],
  ['board.apply', { boardId: x, command: { op: 'resetVotes' } }, 'boardId'],
  ['board.undo', { boardId: x }, 'boardId'],
  ['board.redo', { boardId: x }, 'boardId'],
  ['board.saveImage', { boardId: x, png: new Uint8Array([1, 2, 3]) }, 'boardId'],
  ['beamer.board', { boardId: x }, 'boardId'],
];

describe('a request naming what does not exist', () => {
  it.each(['weg', ...PROTOTYPE_NAMES])('is refused as not_found with the field that names it, and changes nothing (%s)', async (x) => {
    const w = world();
    for (const [name, payload, field] of requests(x, w)) {
      const error = await unchangedLater(w.core, () => w.core.bus.run(name, payload));
      expect(error, `${name} ${field}`).toEqual(expect.objectContaining({ code: 'not_found', fields: [{ field, problem: 'invalid' }] }));
    }
    w.core.close();
  });

  it('is refused when the block belongs to another session than the live one', async () => {
    const w = world();
    for (const [name, payload, field] of [
      ['run.goTo', { blockId: w.elsewhere.id }, 'blockId'],
      ['run.drop', { blockId: w.elsewhere.id }, 'blockId'],
      ['run.shorten', { updates: [{ id: w.elsewhere.id, minutes: 5 }] }, 'updates.0.id'],
      ['run.start', { sessionId: w.session.id, blockId: w.elsewhere.id }, 'blockId'],
      ['board.create', { sessionId: w.session.id, blockId: w.elsewhere.id, title: 'X' }, 'blockId'],
    ] as const) {
      expect(await unchangedLater(w.core, () => w.core.bus.run(name, payload)), name).toEqual(expect.objectContaining({ code: 'not_found', fields: [{ field, problem: 'invalid' }] }));
    }
    w.core.close();
  });
});
