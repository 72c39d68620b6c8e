import { describe, expect, it } from 'vitest';
import { emptyBoard, type Board } from '../../shared/board/board.js';
import { placeWithin, readPlace, sessionListPlace, sessionPlace } from '../../shared/sessions/place.js';
import { sessionRecord } from '../support/results.js';

const board = (id: string, sessionId: string): Board => ({
  id,
  sessionId,
  blockId: null,
  title: id,
  kind: 'notes',
  createdAt: '2026-01-01T00:00:00.000Z',
  content: emptyBoard(),
  historyCursor: 0,
  historyLength: 0,
});

const state = { sessions: [sessionRecord('s1'), sessionRecord('s2')], boards: { b1: board('b1', 's1'), b2: board('b2', 's2') } };

describe('where the facilitator is', () => {
  it('reads back what was stored, and the list of sessions from anything else', () => {
    expect(readPlace(JSON.stringify({ sessionId: 's1', tab: 'boards', boardId: 'b1' }))).toEqual({ sessionId: 's1', tab: 'boards', boardId: 'b1' });
    expect(readPlace(JSON.stringify({ sessionId: 's1', tab: 'live', boardId: 'b1' }))).toEqual({ sessionId: 's1', tab: 'live', boardId: null });
    expect(readPlace(JSON.stringify({ sessionId: 's1', tab: 'kelder' }))).toEqual({ sessionId: 's1', tab: 'agenda', boardId: null });
    for (const stored of [null, '', 'niet json', '[]', '42', JSON.stringify({ sessionId: 7 }), JSON.stringify({ sessionId: 'x'.repeat(65) })]) {
      expect(readPlace(stored)).toEqual(sessionListPlace);
    }
  });

  it('stays where it is while all of it exists', () => {
    const place = { sessionId: 's1', tab: 'boards' as const, boardId: 'b1' };
    expect(placeWithin(place, state)).toBe(place);
  });

  it('steps back to the boards when the board is gone or of another session, and to the list when the session is gone', () => {
    expect(placeWithin({ sessionId: 's1', tab: 'boards', boardId: 'weg' }, state)).toEqual({ sessionId: 's1', tab: 'boards', boardId: null });
    expect(placeWithin({ sessionId: 's1', tab: 'boards', boardId: 'b2' }, state)).toEqual({ sessionId: 's1', tab: 'boards', boardId: null });
    expect(placeWithin({ sessionId: 'weg', tab: 'boards', boardId: 'b1' }, state)).toEqual(sessionListPlace);
  });

  it('opens a session on its live panel while it runs, else on its programme', () => {
    expect(sessionPlace('s1', { run: null })).toEqual({ sessionId: 's1', tab: 'agenda', boardId: null });
    const run = { live: true, sessionId: 's1' } as unknown as NonNullable<Parameters<typeof sessionPlace>[1]['run']>;
    expect(sessionPlace('s1', { run })).toEqual({ sessionId: 's1', tab: 'live', boardId: null });
    expect(sessionPlace('s2', { run })).toEqual({ sessionId: 's2', tab: 'agenda', boardId: null });
  });
});
