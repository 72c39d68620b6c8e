import { describe, expect, it } from 'vitest';
import { formatFuzzyDate, fuzzyDateSchema, type FuzzyDate, type Season } from '../../shared/dates/fuzzy-date.js';
import { parseFuzzyDate, readFuzzyDate, readQuickEntry, type FuzzyRefusal } from '../../shared/dates/fuzzy-date-read.js';

const year = (y: number): FuzzyDate => ({ precision: 'year', year: y });
const part = (y: number, p: 'begin' | 'midden' | 'eind'): FuzzyDate => ({ precision: 'part', year: y, part: p });
const season = (y: number, s: Season): FuzzyDate => ({ precision: 'season', year: y, season: s });
const month = (y: number, m: number): FuzzyDate => ({ precision: 'month', year: y, month: m });
const quarter = (y: number, q: 1 | 2 | 3 | 4): FuzzyDate => ({ precision: 'quarter', year: y, quarter: q });
const half = (y: number, h: 1 | 2): FuzzyDate => ({ precision: 'half', year: y, half: h });
const decade = (y: number): FuzzyDate => ({ precision: 'decade', year: y });

/** Dates as people in Dutch organisations say them, each with its one reading. */
const said: [string, FuzzyDate][] = [
  // Quarters.
  ['Q3 2019', quarter(2019, 3)],
  ['q1 2020', quarter(2020, 1)],
  ['Q3-2019', quarter(2019, 3)],
  ['2019 Q3', quarter(2019, 3)],
  ['2019-Q4', quarter(2019, 4)],
  ["Q2 '21", quarter(2021, 2)],
  ['3e kwartaal 2019', quarter(2019, 3)],
  ['3de kwartaal 2019', quarter(2019, 3)],
  ['derde kwartaal 2019', quarter(2019, 3)],
  ['derde kwartaal van 2019', quarter(2019, 3)],
  ['het derde kwartaal van 2019', quarter(2019, 3)],
  ['in het eerste kwartaal van 2020', quarter(2020, 1)],
  ['vierde kwartaal 2018', quarter(2018, 4)],
  ['kwartaal 3 2019', quarter(2019, 3)],
  ['kwartaal 2 van 2021', quarter(2021, 2)],
  ['kw. 3 2019', quarter(2019, 3)],
  // Halves, and "half" as the middle.
  ['eerste helft 2020', half(2020, 1)],
  ['eerste helft van 2020', half(2020, 1)],
  ['tweede helft van 2019', half(2019, 2)],
  ['de tweede helft van 2019', half(2019, 2)],
  ['1e helft 2021', half(2021, 1)],
  ['H2 2022', half(2022, 2)],
  ['half 2019', part(2019, 'midden')],
  ['medio 2019', part(2019, 'midden')],
  // Years with an apostrophe: '00–'49 are 2000–2049, '50–'99 are 1950–1999.
  ["'19", year(2019)],
  ['’19', year(2019)],
  ["zomer '19", season(2019, 'zomer')],
  ["eind '08", part(2008, 'eind')],
  ["maart '19", month(2019, 3)],
  ["'95", year(1995)],
  ["'50", year(1950)],
  ["'49", year(2049)],
  // Holidays: a feast is the month it falls in, a school holiday the span it is named by.
  ['kerst 2019', month(2019, 12)],
  ['Kerstmis 2019', month(2019, 12)],
  ['met kerst 2019', month(2019, 12)],
  ['kerstvakantie 2019', season(2019, 'winter')],
  ['na de kerstvakantie 2019', month(2020, 1)],
  ['zomervakantie 2020', season(2020, 'zomer')],
  ['in de zomervakantie van 2020', season(2020, 'zomer')],
  ['tijdens de zomervakantie 2020', season(2020, 'zomer')],
  ['na de zomervakantie 2021', season(2021, 'najaar')],
  ['voorjaarsvakantie 2018', month(2018, 2)],
  ['krokusvakantie 2018', month(2018, 2)],
  ['meivakantie 2019', season(2019, 'voorjaar')],
  ['herfstvakantie 2017', month(2017, 10)],
  ['Pasen 2020', month(2020, 4)],
  ['Pasen 2024', month(2024, 3)],
  ['Hemelvaart 2019', month(2019, 5)],
  ['Pinksteren 2021', month(2021, 5)],
  ['Koningsdag 2016', month(2016, 4)],
  ['sinterklaas 2019', month(2019, 12)],
  ["kerst '19", month(2019, 12)],
  // Hedges are read as the date itself.
  ['rond 2015', year(2015)],
  ['ergens in 2016', year(2016)],
  ['omstreeks 2010', year(2010)],
  ['ca. 2012', year(2012)],
  ['ongeveer maart 2019', month(2019, 3)],
  ['rond de zomer van 2018', season(2018, 'zomer')],
  ['het jaar 2015', year(2015)],
  // A part of a month or season is the whole month or season.
  ['begin maart 2019', month(2019, 3)],
  ['eind maart 2019', month(2019, 3)],
  ['half juni 2020', month(2020, 6)],
  ['eind van de zomer 2019', season(2019, 'zomer')],
  // Decades.
  ['de jaren 90', decade(1990)],
  ['jaren negentig', decade(1990)],
  ["de jaren '80", decade(1980)],
  ['in de jaren tachtig', decade(1980)],
  ['begin jaren negentig', decade(1990)],
  ['eind jaren zeventig', decade(1970)],
  ['jaren 2000', decade(2000)],
  ['de jaren nul', decade(2000)],
  ['jaren 2010', decade(2010)],
  ['jaren 1920', decade(1920)],
  // Articles and "van" where people put them.
  ['de zomer 2018', season(2018, 'zomer')],
  ['maart van 2019', month(2019, 3)],
];

const refused: [string, FuzzyRefusal['reason']][] = [
  ['de jaren 20', 'ambiguous_decade'],
  ['jaren twintig', 'ambiguous_decade'],
  ['jaren 10', 'ambiguous_decade'],
  ['jaren 1995', 'unreadable'],
  ['zomer 19', 'two_digit_year'],
  ['19', 'two_digit_year'],
  ['15-03-19', 'two_digit_year'],
  ['kerst', 'no_year'],
  ['Q3', 'no_year'],
  ['zomervakantie', 'no_year'],
  ['maart', 'no_year'],
  ['derde kwartaal', 'no_year'],
  ['Q5 2019', 'unreadable'],
  ['5e kwartaal 2019', 'unreadable'],
  ['derde helft 2019', 'unreadable'],
  ['voor de zomer 2019', 'unreadable'],
  ['vorig jaar', 'unreadable'],
  ['ergens', 'unreadable'],
  ['2019/2020', 'unreadable'],
  ['31-02-2019', 'does_not_exist'],
  ['13-2019', 'does_not_exist'],
  ['1850', 'out_of_range'],
  ['zomer 1850', 'out_of_range'],
  ['Q1 2101', 'out_of_range'],
  ['', 'empty'],
];

describe('the historielijn reads dates as people say them', () => {
  it.each(said)('reads %j', (text, expected) => {
    expect(parseFuzzyDate(text)).toEqual(expected);
    expect(fuzzyDateSchema.safeParse(expected).success).toBe(true);
  });

  it.each(said)('writes the date of %j so it reads back the same', (text) => {
    const date = parseFuzzyDate(text)!;
    expect(parseFuzzyDate(formatFuzzyDate(date))).toEqual(date);
  });

  it.each(said)('writes the date of %j in English so that reads back too', (text) => {
    const date = parseFuzzyDate(text)!;
    expect(parseFuzzyDate(formatFuzzyDate(date, 'en'))).toEqual(date);
  });

  it.each(refused)('refuses %j, saying why (%s)', (text, reason) => {
    const reading = readFuzzyDate(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.refusal.reason).toBe(reason);
  });

  it('notes every rule it followed, so the form can say so before saving', () => {
    const notes = (text: string) => {
      const reading = readFuzzyDate(text);
      return reading.ok ? reading.notes : undefined;
    };
    expect(notes('rond 2015')).toEqual([{ kind: 'hedge', word: 'rond' }]);
    expect(notes("zomer '19")).toEqual([{ kind: 'two_digit_year', written: "'19", year: 2019 }]);
    expect(notes('begin maart 2019')).toEqual([{ kind: 'coarser', word: 'begin' }]);
    expect(notes('eind jaren zeventig')).toEqual([{ kind: 'coarser', word: 'eind' }]);
    expect(notes('Pasen 2020')).toEqual([{ kind: 'holiday', name: 'pasen', day: { year: 2020, month: 4, day: 12 } }]);
    expect(notes('kerst 2019')).toEqual([{ kind: 'holiday', name: 'kerst' }]);
    expect(notes('Q3 2019')).toEqual([]);
  });

  it.each([
    ['Q3 2019 Nieuwe subsidie', quarter(2019, 3), 'Nieuwe subsidie'],
    ['kerst 2019: Kerstmarkt in de wijk', month(2019, 12), 'Kerstmarkt in de wijk'],
    ["zomer '18 Buurtfeest", season(2018, 'zomer'), 'Buurtfeest'],
    ['na de zomervakantie 2021 Nieuw team', season(2021, 'najaar'), 'Nieuw team'],
    ['rond het begin van de jaren negentig Eerste buurthuis', decade(1990), 'Eerste buurthuis'],
    ['tweede helft van 2019 - Verhuizing', half(2019, 2), 'Verhuizing'],
  ])('takes the date off the front of a quick entry %j', (text, date, title) => {
    const entry = readQuickEntry(text);
    expect(entry.reading?.date).toEqual(date);
    expect(entry.title).toBe(title);
  });
});
