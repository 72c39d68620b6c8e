import { describe, expect, it } from 'vitest';
import { afterSourceChange, afterStoredChange, expectedValue, freshDraft, withRefusal, withSave, type FieldDraft, type RecordDraft } from '../../renderer/src/common/field-draft.js';

const typed = (state: FieldDraft<string>, draft: string): FieldDraft<string> => ({ ...state, draft });

describe('a field’s draft when main’s stored value changes', () => {
  it('keeps a step taken after the save when the save comes back', () => {
    const sent = withSave(typed(freshDraft(''), '6,5'), '6,5');
    const after = afterStoredChange(typed(sent, '7'), '6,5');
    expect(after).toEqual({ stored: '6,5', draft: '7', pending: [] });
  });

  it('shows the stored text, tidied as main keeps it, when nothing was typed after the save', () => {
    const sent = withSave(typed(freshDraft('maart 2019'), 'na de kerst 2019'), 'januari 2020');
    expect(afterStoredChange(sent, 'januari 2020').draft).toBe('januari 2020');
  });

  it('gives way to any other change: undone, or changed in another window', () => {
    const sent = withSave(typed(freshDraft('6'), '6,5'), '6,5');
    expect(afterStoredChange(typed(sent, '7'), '8')).toEqual({ stored: '8', draft: '8', pending: [] });
  });

  it('keeps the typing while a later save is still on its way, and takes the last answer as the end', () => {
    let state = withSave(typed(freshDraft('6'), '6,5'), '6,5');
    state = withSave(typed(state, '7'), '7');
    expect(expectedValue(state)).toBe('7');
    state = afterStoredChange(state, '6,5');
    expect(state.draft, 'the first answer, with the second still coming').toBe('7');
    expect(state.pending.map((p) => p.value)).toEqual(['7']);
    state = afterStoredChange(state, '7');
    expect(state).toEqual({ stored: '7', draft: '7', pending: [] });
  });

  it('expects the last save, not the stored text: going back to the old value while a save is on its way is a save too', () => {
    const sent = withSave(typed(freshDraft('6'), '6,5'), '6,5');
    expect(expectedValue(sent)).toBe('6,5');
    expect(expectedValue(freshDraft('6'))).toBe('6');
  });

  it('forgets a refused save and shows what main holds again, so a later change to the same text from elsewhere is shown', () => {
    const refused = withRefusal(withSave(typed(freshDraft('45'), '800'), '800'), '800');
    expect(refused).toEqual({ stored: '45', draft: '45', pending: [] });
    expect(afterStoredChange(refused, '800').draft).toBe('800');
  });

  it('keeps what was typed after a save that is refused, and falls back to the save still on its way', () => {
    let state = withSave(typed(freshDraft('6'), '6,5'), '6,5');
    state = withSave(typed(state, '11'), '11');
    expect(withRefusal(typed(state, '9'), '11')).toMatchObject({ draft: '9', pending: [{ value: '6,5' }] });
    expect(withRefusal(state, '11')).toMatchObject({ draft: '6,5', pending: [{ value: '6,5' }] });
  });

  it('takes back the last of two saves of the same value, not the first', () => {
    let state = withSave(typed(freshDraft('6'), '7'), '7');
    state = withSave(typed(state, '8'), '8');
    state = withSave(typed(state, '7'), '7');
    expect(withRefusal(state, '7').pending.map((p) => p.value)).toEqual(['7', '8']);
  });
});

describe('a record’s draft when main’s copy changes', () => {
  type Fields = { title: string; notes: string; minutes: number };
  const stored: Fields = { title: 'Welkom', notes: '', minutes: 15 };

  it('takes each field that changed there, keeps the others as typed, and keeps typing over a field’s own late save', () => {
    const state: RecordDraft<Fields> = {
      source: stored,
      // The title was saved as "Welkom allemaal" and typed on since; the notes are being typed.
      draft: { title: 'Welkom allemaal!', notes: 'Koffie klaarzetten', minutes: 15 },
      pending: { title: [{ value: 'Welkom allemaal', draft: 'Welkom allemaal' }] },
    };
    const after = afterSourceChange(state, { title: 'Welkom allemaal', notes: '', minutes: 20 });
    expect(after.draft).toEqual({ title: 'Welkom allemaal!', notes: 'Koffie klaarzetten', minutes: 20 });
    expect(after.pending.title).toEqual([]);
  });

  it('gives way in a field changed by anything but its own save', () => {
    const state: RecordDraft<Fields> = { source: stored, draft: { ...stored, title: 'Welkom allemaal' }, pending: {} };
    expect(afterSourceChange(state, { ...stored, title: 'Opening' }).draft.title).toBe('Opening');
  });
});
