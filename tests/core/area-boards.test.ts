import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/core.js';
import type { Board } from '../../shared/board/board.js';
import type { BoardCommand } from '../../shared/board/board-schema.js';
import type { BoardAck } from '../../shared/contract/requests.js';
import type { Block } from '../../shared/planner/agenda.js';
import type { Session } from '../../shared/sessions/session.js';
import { areasOf } from '../../shared/areas/areas.js';
import { unchanged, value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

describe('boards of columns, fields and cards in main', () => {
  it('makes the board a block’s werkvorm asks for, with its names, and keeps it with its history across a reopen', () => {
    const dir = tempDir();
    const core = createCore(dir);
    const session = value<Session>(core.bus.dispatch('session.create', { title: 'Samenspel' }));
    const block = (werkvormId: string) => value<Block>(core.bus.dispatch('block.add', { sessionId: session.id, fields: { title: werkvormId, werkvormId } }));
    const make = (blockId: string) => value<Board>(core.bus.dispatch('board.create', { sessionId: session.id, title: 'Bord', blockId }));
    const map = make(block('partnerschapskaart').id);
    const fields = make(block('meerdere-stemmen').id);
    const columns = make(block('hoe-werkte-het-hier').id);
    const cards = make(block('vastloopsituaties-patroondoorbrekers').id);
    expect([map.kind, fields.kind, columns.kind, cards.kind]).toEqual(['columns', 'fields', 'columns', 'cards']);
    expect(areasOf(map.content).map((a) => [a.label, a.step])).toEqual([['Acties', 4], ['Voorwaarden', 3], ['Handelen en vaardigheden', 2], ['Relaties', 1], ['Waarden', 0]]);
    expect(areasOf(fields.content).map((a) => a.label)).toEqual(['Dwarskijkers', 'Dromers', 'Waarschuwers', 'Enthousiastelingen']);
    expect(areasOf(columns.content)).toHaveLength(2);
    expect(areasOf(cards.content)).toEqual([]);

    const apply = (board: Board, command: BoardCommand) =>
      value<BoardAck>(core.bus.dispatch('board.apply', { boardId: board.id, command }));
    const values = areasOf(map.content).at(-1)!.id;
    apply(map, { op: 'addNote', id: 'n1', text: 'Vertrouwen', area: values });
    apply(map, { op: 'setCurrentArea', id: areasOf(map.content).at(-2)!.id });
    apply(cards, { op: 'drawCard', id: 'k', card: 'er-gebeurt-niets' });
    apply(cards, { op: 'addNote', id: 'c1', text: 'Iemand neemt het initiatief', area: 'k' });
    // A command of one kind of board is refused on another, and changes nothing.
    expect(unchanged(core, () => core.bus.dispatch('board.apply', { boardId: map.id, command: { op: 'drawCard', id: 'x', card: 'anders-doen' } }))?.code).toBe('invalid_payload');
    expect(unchanged(core, () => core.bus.dispatch('board.apply', { boardId: cards.id, command: { op: 'removeColumn', id: 'k' } }))?.code).toBe('invalid_payload');
    value(core.bus.dispatch('board.undo', { boardId: map.id }));
    const expected = [core.store.boards.get(map.id)!, core.store.boards.get(cards.id)!];
    expect(expected[0]!.content.notes.n1!.area).toBe(values);
    expect(areasOf(expected[0]!.content).find((a) => a.current)?.label).toBe('Waarden');
    expect(expected[1]!.content.areas.k).toMatchObject({ label: 'Er gebeurt niets', card: 'er-gebeurt-niets' });
    core.close();

    const again = createCore(dir);
    expect([again.store.boards.get(map.id), again.store.boards.get(cards.id)]).toEqual(expected);
    value(again.bus.dispatch('board.redo', { boardId: map.id }));
    expect(areasOf(again.store.boards.get(map.id)!.content).find((a) => a.current)?.label).toBe('Relaties');
    again.close();
  });
});
