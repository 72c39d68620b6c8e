import { describe, expect, it } from 'vitest';
import { emptyBoard, type BoardContent } from '../../shared/board/board.js';
import { initials, nameShown } from '../../shared/participants/name-display.js';
import { contentForRoom, namesOnBoard, roomNameShown } from '../../shared/participants/room-names.js';

describe('initials', () => {
  it.each([
    ['Fatima el Amrani', 'FeA'],
    ['Jan van den Berg', 'JvdB'],
    ['Kees ’t Hart', 'KtH'],
    ["Kees 't Hart", 'KtH'],
    ['Ineke van der Meer-de Jong', 'IvdMdJ'],
    ['Anne-Marie de Wit', 'AMdW'],
    ['Ahmed', 'A'],
    ['José García', 'JG'],
    ['  anna   de   vries ', 'AdV'],
    // A particle written with a capital is part of the surname.
    ['Fatima El Amrani', 'FEA'],
    // First and last words are never particles, whatever their case.
    ['Van Dijk', 'VD'],
    ['Dhr. J. de Vries', 'JdV'],
    ['Mw. Ayşe Yılmaz', 'AY'],
  ])('of %j is %j', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it('of a name without letters is empty', () => {
    expect(initials('   ')).toBe('');
    expect(initials('123')).toBe('');
  });
});

describe('nameShown', () => {
  const people = ['Fatima el Amrani', 'Frank Aalders', 'Jan de Vries', 'Joke de Vries', 'Jan de Vos', 'Anna', 'Ahmed'];

  it('shows a name in full, trimmed, whoever else is in the room', () => {
    expect(nameShown('full', people)('  Fatima el Amrani ')).toBe('Fatima el Amrani');
  });

  it('shows no name at all when the session says none', () => {
    const shown = nameShown('none', people);
    expect(people.map(shown)).toEqual(people.map(() => ''));
  });

  it('shows initials, with more letters where two people would read the same', () => {
    const shown = nameShown('initials', people);
    expect(people.map(shown)).toEqual(['FeA', 'FA', 'JadVr', 'JodV', 'JadVo', 'An', 'Ah']);
    expect(new Set(people.map(shown)).size).toBe(people.length);
  });

  it('tells apart two people whose first names begin alike', () => {
    const shown = nameShown('initials', ['Jan Bakker', 'Janneke Bakker', 'Jannes Bakker']);
    expect(['Jan Bakker', 'Janneke Bakker', 'Jannes Bakker'].map(shown)).toEqual(['JanB', 'JannekB', 'JannesB']);
  });

  it('reads the same name the same however it is written', () => {
    const shown = nameShown('initials', ['Jan de Vries', 'jan  de vries', 'Jan de Vriës']);
    expect(['Jan de Vries', 'JAN DE VRIES', 'Jan de Vriës'].map(shown)).toEqual(['JdV', 'JdV', 'JdV']);
  });

  it('gives a name it was not told of its plain initials', () => {
    expect(nameShown('initials', ['Anna'])('Bram Jansen')).toBe('BJ');
  });
});

describe('names on boards', () => {
  const board = (): BoardContent => {
    const content = emptyBoard();
    content.notes.n = { id: 'n', text: 'Meer ontmoeten', color: 0, author: 'Fatima el Amrani', x: 0, y: 0, clusterId: null, votes: 0, nextStep: { who: 'Jan de Vries', when: '2026-04-07' } };
    content.notes.m = { id: 'm', text: 'Zonder naam', color: 1, author: '', x: 0, y: 0, clusterId: null, votes: 0 };
    content.anecdotes.a = { id: 'a', date: null, title: 'De eerste actietafel', story: '', teller: 'Joke de Vries', kind: 'start', energy: null, order: 0 };
    content.scales.s = { id: 's', label: 'Start', takenAt: '2026-03-01T19:00:00.000Z', group: 6, markers: [{ name: 'Fatima el Amrani', value: 7 }, { name: 'Jan de Vries', value: 4 }] };
    return content;
  };

  it('are note authors, next-step takers, tellers and scale marks', () => {
    expect(namesOnBoard(board()).sort()).toEqual(['Fatima el Amrani', 'Fatima el Amrani', 'Jan de Vries', 'Jan de Vries', 'Joke de Vries']);
  });

  it('are each shown as the session says, told apart across its participants and boards', () => {
    const content = board();
    const shown = roomNameShown({ nameDisplay: 'initials' }, [{ name: 'Jan de Vries' }], [{ content }]);
    const room = contentForRoom(content, shown);
    expect(room.notes.n).toMatchObject({ author: 'FeA', nextStep: { who: 'JadV', when: '2026-04-07' } });
    expect(room.notes.m?.author).toBe('');
    expect(room.anecdotes.a?.teller).toBe('JodV');
    expect(room.scales.s?.markers).toEqual([{ name: 'FeA', value: 7 }, { name: 'JadV', value: 4 }]);
    expect(JSON.stringify(room)).not.toMatch(/Fatima|Amrani|Vries/);
    // The board itself is left as it was.
    expect(content.notes.n?.author).toBe('Fatima el Amrani');
  });

  it('leave no name and no empty label behind when the session shows none', () => {
    const room = contentForRoom(board(), roomNameShown({ nameDisplay: 'none' }, [], []));
    expect(room.scales.s?.markers.map((m) => m.name)).toEqual(['', '']);
    expect(room.notes.n?.nextStep?.who).toBe('');
    expect(JSON.stringify(room)).not.toMatch(/Fatima|Amrani|Vries|FeA|JdV/);
  });

  it('are shown as initials when a session has not said otherwise', () => {
    expect(roomNameShown(undefined, [], [])('Fatima el Amrani')).toBe('FeA');
  });
});
