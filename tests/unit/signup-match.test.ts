import { describe, expect, it } from 'vitest';
import { isThin, matchPeople, themeOfDigit } from '../../shared/actions/signup-match.js';

const people = [
  { id: 'a', name: 'Anouk de Vries' },
  { id: 'b', name: 'Mohamed El Amrani' },
  { id: 'c', name: 'Anne-Mo Bakker' },
  { id: 'd', name: 'Émile Jansen' },
  { id: 'e', name: 'Ans Peters' },
];

describe('the sign-up by keyboard', () => {
  it('matches the start of any word of a name, without accents, people not signed up first', () => {
    expect(matchPeople(people, 'mo', new Set()).map((p) => p.id)).toEqual(['c', 'b']);
    expect(matchPeople(people, 'emi', new Set()).map((p) => p.id)).toEqual(['d']);
    expect(matchPeople(people, 'An', new Set(['a'])).map((p) => p.id)).toEqual(['c', 'e', 'a']);
    expect(matchPeople(people, '  ', new Set())).toEqual([]);
    expect(matchPeople(people, 'xyz', new Set())).toEqual([]);
  });

  it('reads a digit as the theme in that place, 0 as out of every theme, and nothing past the last theme', () => {
    const themes = [{ id: 't1' }, { id: 't2' }, { id: 't3' }];
    expect(themeOfDigit('2', themes)).toEqual({ proposalId: 't2' });
    expect(themeOfDigit('0', themes)).toEqual({ proposalId: null });
    expect(themeOfDigit('4', themes)).toBeUndefined();
    expect(themeOfDigit('a', themes)).toBeUndefined();
    expect([0, 1, 2].map(isThin)).toEqual([true, true, false]);
  });
});
