import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../../shared/contract/requests.js';
import { sessionFieldsSchema } from '../../shared/sessions/session.js';
import { fieldProblems } from '../../shared/contract/validation.js';

const valid = {
  title: 'Startavond',
  centralQuestion: '',
  theme: '',
  date: '2026-03-29',
  venue: '',
  startTime: '16:00',
  endTime: '21:00',
  notes: '',
  nameDisplay: 'initials',
};

describe('session fields', () => {
  it('accepts a complete session and trims the title', () => {
    expect(sessionFieldsSchema.parse({ ...valid, title: '  Startavond  ' }).title).toBe('Startavond');
  });

  it.each([
    ['an empty title', { title: '' }, 'title', 'required'],
    ['a title of spaces', { title: '   ' }, 'title', 'required'],
    ['a title over 200 characters', { title: 'a'.repeat(201) }, 'title', 'too_long'],
    ['a date that does not exist', { date: '2026-02-30' }, 'date', 'invalid'],
    ['a date in another format', { date: '29-03-2026' }, 'date', 'invalid'],
    ['a time past midnight', { startTime: '24:00' }, 'startTime', 'invalid'],
    ['a time without minutes', { endTime: '21' }, 'endTime', 'invalid'],
    ['a way of showing names that is not one', { nameDisplay: 'half' }, 'nameDisplay', 'invalid'],
  ])('rejects %s', (_label, change, field, problem) => {
    const result = sessionFieldsSchema.safeParse({ ...valid, ...change }, { reportInput: true });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldProblems(result.error)[0]).toMatchObject({ field, problem });
  });

  it('allows empty dates and times while a session is not planned yet', () => {
    expect(sessionFieldsSchema.safeParse({ ...valid, date: '', startTime: '', endTime: '' }).success).toBe(true);
  });

  it('rejects unknown fields in a request', () => {
    expect(requestSchemas['session.update'].safeParse({ id: 'x', changes: { colour: 'red' } }).success).toBe(false);
    expect(requestSchemas['session.delete'].safeParse({ id: 'x', force: true }).success).toBe(false);
  });

  it('names a missing field as required', () => {
    const result = requestSchemas['session.create'].safeParse({ venue: 'Zaal' }, { reportInput: true });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldProblems(result.error)).toEqual([{ field: 'title', problem: 'required' }]);
  });
});

describe('field problems of a block', () => {
  it('names a fraction where whole minutes are asked, apart from a value that is no number at all', () => {
    const fields = { title: 'Maaltijd', durationMinutes: 12.5 };
    const half = requestSchemas['block.update'].safeParse({ id: 'b', changes: fields }, { reportInput: true });
    expect(half.success).toBe(false);
    if (!half.success) expect(fieldProblems(half.error)).toEqual([{ field: 'changes.durationMinutes', problem: 'not_whole' }]);
    const word = requestSchemas['block.update'].safeParse({ id: 'b', changes: { ...fields, durationMinutes: 'twaalf' } }, { reportInput: true });
    if (!word.success) expect(fieldProblems(word.error)).toEqual([{ field: 'changes.durationMinutes', problem: 'invalid' }]);
    expect(word.success).toBe(false);
  });
});
