import { describe, expect, it } from 'vitest';
import { blockForRoom, fillTheme, slotsIn, themeForText, themeProblems } from '../../shared/planner/theme.js';
import { emptyBlockFields } from '../../shared/planner/agenda.js';

const THEME = 'samenwerking rond de inwoner';

describe('fillTheme', () => {
  it('puts the theme where the text names it, in bold too', () => {
    expect(fillTheme('Wat werkt al goed als het gaat om **{thema}**?', THEME)).toBe('Wat werkt al goed als het gaat om **samenwerking rond de inwoner**?');
    expect(fillTheme('Wat betekent {thema} voor jou persoonlijk?', THEME)).toBe('Wat betekent samenwerking rond de inwoner voor jou persoonlijk?');
    // Doubled braces, as template languages write a slot, leave no brace behind.
    expect(fillTheme('Meer {{thema}} in de wijk', 'zorg')).toBe('Meer zorg in de wijk');
    expect(slotsIn('Meer {{ thema }}')).toEqual({ theme: true, unknown: [] });
  });

  it('reads a neutral phrase while the session has no theme, never a brace or a gap', () => {
    expect(fillTheme('Wat betekent {thema} voor jou persoonlijk?', '')).toBe('Wat betekent ons thema voor jou persoonlijk?');
    expect(fillTheme('Wat betekent {thema} voor jou?', '  .  ')).toBe('Wat betekent ons thema voor jou?');
    expect(fillTheme('What does {theme} mean to you?', '')).toBe('What does our theme mean to you?');
  });

  it('opens a sentence with a capital: at the start, after a full stop, a question, a new line, a step number or a dash', () => {
    expect(fillTheme('{thema} staat vandaag centraal.', THEME)).toBe('Samenwerking rond de inwoner staat vandaag centraal.');
    expect(fillTheme('Welkom. {thema} staat centraal.', THEME)).toBe('Welkom. Samenwerking rond de inwoner staat centraal.');
    expect(fillTheme('Klaar? **{thema}** is ons onderwerp.', '')).toBe('Klaar? **Ons thema** is ons onderwerp.');
    expect(fillTheme('Vandaag:\n{thema}', THEME)).toBe('Vandaag:\nSamenwerking rond de inwoner');
    expect(fillTheme('1. {thema} in één woord', THEME)).toBe('1. Samenwerking rond de inwoner in één woord');
    expect(fillTheme('- {thema}', THEME)).toBe('- Samenwerking rond de inwoner');
    // After a colon Dutch goes on in lower case.
    expect(fillTheme('Ons onderwerp: {thema}.', THEME)).toBe('Ons onderwerp: samenwerking rond de inwoner.');
  });

  it('writes IJ as one capital letter', () => {
    expect(fillTheme('{thema} groeit.', 'ijsclubs in de wijk')).toBe('IJsclubs in de wijk groeit.');
  });

  it('leaves out the full stop, comma or quotes typed around the theme', () => {
    for (const typed of ['samenwerking rond de inwoner.', ' samenwerking rond de inwoner!! ', '"samenwerking rond de inwoner"', '‘samenwerking rond de inwoner’,', 'samenwerking rond de inwoner…']) {
      expect(fillTheme('Het gaat om {thema}.', typed), typed).toBe('Het gaat om samenwerking rond de inwoner.');
    }
  });

  it('keeps a theme put as a question in quotes, with its question mark', () => {
    expect(fillTheme('We praten over {thema} vanavond.', 'Hoe houden we jongeren binnenboord?')).toBe('We praten over ‘Hoe houden we jongeren binnenboord?’ vanavond.');
  });

  it('says a word once when the theme begins with the word before the slot', () => {
    expect(fillTheme('Wat werkt er rond {thema}?', 'rond de inwoner')).toBe('Wat werkt er rond de inwoner?');
    expect(fillTheme('Wat werkt er rond {thema}?', 'rond')).toBe('Wat werkt er rond rond?');
  });

  it('reads one line without markup: no new lines, bold markers or braces from the theme', () => {
    expect(themeForText('samen\nwerken **nu** {thema}')).toBe('samen werken nu thema');
    expect(fillTheme('Over {thema}.', '{thema}')).toBe('Over thema.');
  });

  it('knows the slot however it is written', () => {
    expect(fillTheme('Over {Thema}, {positief thema} en { thema }.', THEME)).toBe(
      'Over samenwerking rond de inwoner, samenwerking rond de inwoner en samenwerking rond de inwoner.',
    );
  });

  it('shows a slot nothing fills as its own word', () => {
    expect(fillTheme('Beste {naam}, welkom.', THEME)).toBe('Beste naam, welkom.');
    expect(slotsIn('Beste {naam}, over {thema}.')).toEqual({ theme: true, unknown: ['naam'] });
    expect(slotsIn('Geen invulplek.')).toEqual({ theme: false, unknown: [] });
  });
});

describe('themeProblems and blockForRoom', () => {
  const block = {
    ...emptyBlockFields,
    title: 'Interview over {thema}',
    instructions: 'Praat over **{thema}**.',
    phases: [{ label: 'A over {thema}', minutes: 15, advance: 'auto' as const, announce: '{thema}!' }],
    questions: ['Wat werkt er al bij {thema}?', 'Hoe gaat het?'],
  };

  it('warns while a block names the theme and the session has none', () => {
    expect(themeProblems(block, '')).toEqual({ missingTheme: true, unknown: [] });
    expect(themeProblems(block, '.')).toEqual({ missingTheme: true, unknown: [] });
    expect(themeProblems(block, THEME)).toEqual({ missingTheme: false, unknown: [] });
    expect(themeProblems({ ...block, questions: ['Wie is {naam}?'] }, THEME)).toEqual({ missingTheme: false, unknown: ['naam'] });
    expect(themeProblems({ ...emptyBlockFields, title: 'Pauze' }, '')).toEqual({ missingTheme: false, unknown: [] });
  });

  it('fills every text the room reads', () => {
    const room = blockForRoom(block, THEME);
    expect(room.title).toBe('Interview over samenwerking rond de inwoner');
    expect(room.instructions).toBe('Praat over **samenwerking rond de inwoner**.');
    expect(room.phases[0]).toEqual({ label: 'A over samenwerking rond de inwoner', minutes: 15, advance: 'auto', announce: 'Samenwerking rond de inwoner!' });
    expect(room.questions).toEqual(['Wat werkt er al bij samenwerking rond de inwoner?', 'Hoe gaat het?']);
  });
});
