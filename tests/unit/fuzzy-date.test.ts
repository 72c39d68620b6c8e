import { describe, expect, it } from 'vitest';
import {
  compareFuzzy,
  dateRange,
  formatFuzzyDate,
  fuzzyDateSchema,
  midpoint,
  snapToPrecision,
  stepFuzzy,
  type FuzzyDate,
  type Part,
  type Season,
} from '../../shared/dates/fuzzy-date.js';
import { parseFuzzyDate, parseQuickEntry } from '../../shared/dates/fuzzy-date-read.js';

const utc = (iso: string) => Date.parse(`${iso}Z`);
const year = (y: number): FuzzyDate => ({ precision: 'year', year: y });
const part = (y: number, p: Part): FuzzyDate => ({ precision: 'part', year: y, part: p });
const season = (y: number, s: Season): FuzzyDate => ({ precision: 'season', year: y, season: s });
const month = (y: number, m: number): FuzzyDate => ({ precision: 'month', year: y, month: m });
const day = (y: number, m: number, d: number): FuzzyDate => ({ precision: 'day', year: y, month: m, day: d });
const quarter = (y: number, q: 1 | 2 | 3 | 4): FuzzyDate => ({ precision: 'quarter', year: y, quarter: q });
const half = (y: number, h: 1 | 2): FuzzyDate => ({ precision: 'half', year: y, half: h });
const decade = (y: number): FuzzyDate => ({ precision: 'decade', year: y });

const accepted: [string, FuzzyDate][] = [
  ['2019', year(2019)],
  ['  2019  ', year(2019)],
  ['in 2019', year(2019)],
  ['1900', year(1900)],
  ['2100', year(2100)],
  ['maart 2019', month(2019, 3)],
  ['MAART 2019', month(2019, 3)],
  ['in maart 2019', month(2019, 3)],
  ['mrt 2019', month(2019, 3)],
  ['mrt. 2019', month(2019, 3)],
  ['mar 2019', month(2019, 3)],
  ['jan 2020', month(2020, 1)],
  ['feb. 2020', month(2020, 2)],
  ['mei 2019', month(2019, 5)],
  ['juli 2016', month(2016, 7)],
  ['sept 2019', month(2019, 9)],
  ['sep 2019', month(2019, 9)],
  ['okt 2019', month(2019, 10)],
  ['december 2019', month(2019, 12)],
  ['15 maart 2019', day(2019, 3, 15)],
  ['1 mrt. 2019', day(2019, 3, 1)],
  ['15-03-2019', day(2019, 3, 15)],
  ['15-3-2019', day(2019, 3, 15)],
  ['15/03/2019', day(2019, 3, 15)],
  ['15.03.2019', day(2019, 3, 15)],
  ['2019-03-15', day(2019, 3, 15)],
  ['29-02-2020', day(2020, 2, 29)],
  ['03-2019', month(2019, 3)],
  ['3-2019', month(2019, 3)],
  ['2019-03', month(2019, 3)],
  ['voorjaar 2020', season(2020, 'voorjaar')],
  ['lente 2020', season(2020, 'voorjaar')],
  ['zomer 2018', season(2018, 'zomer')],
  ['in de zomer van 2018', season(2018, 'zomer')],
  ['in het voorjaar van 2020', season(2020, 'voorjaar')],
  ['najaar 2019', season(2019, 'najaar')],
  ['herfst 2019', season(2019, 'najaar')],
  ['winter 2019', season(2019, 'winter')],
  ['begin 2020', part(2020, 'begin')],
  ['start 2020', part(2020, 'begin')],
  ['eerste deel 2020', part(2020, 'begin')],
  ['begin van 2020', part(2020, 'begin')],
  ['medio 2020', part(2020, 'midden')],
  ['Medio 2020', part(2020, 'midden')],
  ['midden 2020', part(2020, 'midden')],
  ['halverwege 2020', part(2020, 'midden')],
  ['eind 2021', part(2021, 'eind')],
  ['einde 2019', part(2019, 'eind')],
  ['eind van 2019', part(2019, 'eind')],
  ['eindje 2019', part(2019, 'eind')],
  ['laat 2019', part(2019, 'eind')],
];

const rejected = [
  '31-02-2019',
  '29-02-2019',
  '2019-02-30',
  '13-2019',
  '00-2019',
  '32 maart 2019',
  '15 maart',
  'maart',
  '2019a',
  '19',
  '1850',
  '2250',
  'volgend jaar',
  '',
  '   ',
];

describe('parseFuzzyDate', () => {
  it.each(accepted)('reads %j', (text, expected) => {
    expect(parseFuzzyDate(text)).toEqual(expected);
  });

  it.each(rejected)('refuses %j rather than guessing', (text) => {
    expect(parseFuzzyDate(text)).toBeUndefined();
  });

  it.each(accepted)('gives a date the schema accepts for %j', (text) => {
    expect(fuzzyDateSchema.safeParse(parseFuzzyDate(text)).success).toBe(true);
  });
});

describe('fuzzyDateSchema', () => {
  it.each([
    ['a year before 1900', year(1899)],
    ['a year after 2100', year(2101)],
    ['a fractional year', year(2019.5)],
    ['month 0', month(2019, 0)],
    ['month 13', month(2019, 13)],
    ['29 February in a common year', day(2019, 2, 29)],
    ['31 April', day(2019, 4, 31)],
    ['an unknown part', { precision: 'part', year: 2019, part: 'laat' }],
    ['an unknown season', { precision: 'season', year: 2019, season: 'lente' }],
    ['an unknown precision', { precision: 'century', year: 2000 }],
    ['a decade that does not start a decade', decade(1995)],
    ['quarter 5', { precision: 'quarter', year: 2019, quarter: 5 }],
    ['a third half', { precision: 'half', year: 2019, half: 3 }],
    ['an extra key', { precision: 'year', year: 2019, month: 3 }],
  ])('rejects %s', (_label, value) => {
    expect(fuzzyDateSchema.safeParse(value).success).toBe(false);
  });

  it('accepts 29 February in a leap year', () => {
    expect(fuzzyDateSchema.safeParse(day(2020, 2, 29)).success).toBe(true);
  });
});

describe('parseQuickEntry', () => {
  it.each([
    ['maart 2019 Eerste actietafel', month(2019, 3), 'Eerste actietafel'],
    ['2014: de start', year(2014), 'de start'],
    ['2014 - de start', year(2014), 'de start'],
    ['2014 – de start', year(2014), 'de start'],
    ['2014, de start', year(2014), 'de start'],
    ['2014 - - dubbel', year(2014), '- dubbel'],
    ['15 maart 2019 Kick-off', day(2019, 3, 15), 'Kick-off'],
    ['in de zomer van 2018 Buurtfeest', season(2018, 'zomer'), 'Buurtfeest'],
    ['Eind 2021: Afscheid van Ans', part(2021, 'eind'), 'Afscheid van Ans'],
    ['2019-03 Nieuwe Website', month(2019, 3), 'Nieuwe Website'],
    ['  medio 2020  ', part(2020, 'midden'), ''],
  ])('reads %j', (text, date, title) => {
    expect(parseQuickEntry(text)).toEqual({ date, title });
  });

  it.each([
    ['31-02-2019 Fusie', '31-02-2019 Fusie'],
    ['29-02-2019 Fusie', '29-02-2019 Fusie'],
    ['maart Fusie', 'maart Fusie'],
    ['32 maart 2019 Fusie', '32 maart 2019 Fusie'],
    ['zomer 18 Buurtfeest', 'zomer 18 Buurtfeest'],
    ['19 mensen op de eerste avond', '19 mensen op de eerste avond'],
    ['  Fusie met De Buren  ', 'Fusie met De Buren'],
    ['', ''],
  ])('keeps %j whole when the date is missing or invalid', (text, title) => {
    expect(parseQuickEntry(text)).toEqual({ date: null, title });
  });
});

describe('dateRange and midpoint', () => {
  it.each([
    ['year', year(2019), '2019-01-01T00:00', '2020-01-01T00:00', '2019-07-02T12:00'],
    ['leap year', year(2020), '2020-01-01T00:00', '2021-01-01T00:00', '2020-07-02T00:00'],
    ['begin', part(2020, 'begin'), '2020-01-01T00:00', '2020-05-01T00:00', '2020-03-01T12:00'],
    ['midden', part(2020, 'midden'), '2020-05-01T00:00', '2020-09-01T00:00', '2020-07-01T12:00'],
    ['eind', part(2021, 'eind'), '2021-09-01T00:00', '2022-01-01T00:00', '2021-11-01T00:00'],
    ['voorjaar', season(2020, 'voorjaar'), '2020-03-01T00:00', '2020-06-01T00:00', '2020-04-16T00:00'],
    ['zomer', season(2020, 'zomer'), '2020-06-01T00:00', '2020-09-01T00:00', '2020-07-17T00:00'],
    ['najaar', season(2020, 'najaar'), '2020-09-01T00:00', '2020-12-01T00:00', '2020-10-16T12:00'],
    ['winter across the new year', season(2019, 'winter'), '2019-12-01T00:00', '2020-03-01T00:00', '2020-01-15T12:00'],
    ['month', month(2019, 3), '2019-03-01T00:00', '2019-04-01T00:00', '2019-03-16T12:00'],
    ['leap February', month(2020, 2), '2020-02-01T00:00', '2020-03-01T00:00', '2020-02-15T12:00'],
    ['common February', month(2019, 2), '2019-02-01T00:00', '2019-03-01T00:00', '2019-02-15T00:00'],
    ['December', month(2019, 12), '2019-12-01T00:00', '2020-01-01T00:00', '2019-12-16T12:00'],
    ['leap day', day(2020, 2, 29), '2020-02-29T00:00', '2020-03-01T00:00', '2020-02-29T12:00'],
    ['new year\'s eve', day(2019, 12, 31), '2019-12-31T00:00', '2020-01-01T00:00', '2019-12-31T12:00'],
    ['first quarter', quarter(2020, 1), '2020-01-01T00:00', '2020-04-01T00:00', '2020-02-15T12:00'],
    ['third quarter', quarter(2019, 3), '2019-07-01T00:00', '2019-10-01T00:00', '2019-08-16T00:00'],
    ['fourth quarter', quarter(2019, 4), '2019-10-01T00:00', '2020-01-01T00:00', '2019-11-16T00:00'],
    ['first half', half(2020, 1), '2020-01-01T00:00', '2020-07-01T00:00', '2020-04-01T00:00'],
    ['second half', half(2019, 2), '2019-07-01T00:00', '2020-01-01T00:00', '2019-10-01T00:00'],
    ['decade', decade(1990), '1990-01-01T00:00', '2000-01-01T00:00', '1995-01-01T00:00'],
  ])('%s', (_label, date, start, end, middle) => {
    expect(dateRange(date)).toEqual({ start: utc(start), end: utc(end) });
    expect(midpoint(date)).toBe(utc(middle));
  });
});

describe('formatFuzzyDate', () => {
  it.each([
    [year(2019), '2019', '2019'],
    [part(2020, 'begin'), 'begin 2020', 'early 2020'],
    [part(2020, 'midden'), 'medio 2020', 'mid 2020'],
    [part(2021, 'eind'), 'eind 2021', 'late 2021'],
    [season(2020, 'voorjaar'), 'voorjaar 2020', 'spring 2020'],
    [season(2018, 'zomer'), 'zomer 2018', 'summer 2018'],
    [season(2019, 'najaar'), 'najaar 2019', 'autumn 2019'],
    [season(2019, 'winter'), 'winter 2019', 'winter 2019'],
    [month(2019, 3), 'maart 2019', 'March 2019'],
    [month(2019, 12), 'december 2019', 'December 2019'],
    [day(2019, 3, 15), '15 maart 2019', '15 March 2019'],
    [day(2019, 3, 1), '1 maart 2019', '1 March 2019'],
    [quarter(2019, 3), '3e kwartaal 2019', 'Q3 2019'],
    [quarter(2020, 1), '1e kwartaal 2020', 'Q1 2020'],
    [half(2020, 1), 'eerste helft 2020', 'first half of 2020'],
    [half(2019, 2), 'tweede helft 2019', 'second half of 2019'],
    [decade(1990), 'jaren 90', 'the 1990s'],
    [decade(1930), 'jaren 30', 'the 1930s'],
    [decade(1920), 'jaren 1920', 'the 1920s'],
    [decade(2010), 'jaren 2010', 'the 2010s'],
  ])('writes %j as %j and %j', (date, nl, en) => {
    expect(formatFuzzyDate(date)).toBe(nl);
    expect(formatFuzzyDate(date, 'nl')).toBe(nl);
    expect(formatFuzzyDate(date, 'en')).toBe(en);
  });

  it.each(accepted)('writes the date of %j so it reads back the same', (text) => {
    const date = parseFuzzyDate(text);
    expect(date).toBeDefined();
    if (date) expect(parseFuzzyDate(formatFuzzyDate(date))).toEqual(date);
  });
});

describe('snapToPrecision', () => {
  it.each([
    ['year', year(2019), '2016-07-10T10:00', year(2016)],
    ['year at its last moment', year(2019), '2016-12-31T23:59', year(2016)],
    ['begin', part(2019, 'eind'), '2016-04-30T23:59', part(2016, 'begin')],
    ['midden', part(2019, 'begin'), '2016-05-01T00:00', part(2016, 'midden')],
    ['eind', part(2019, 'begin'), '2016-12-31T12:00', part(2016, 'eind')],
    ['voorjaar', season(2019, 'winter'), '2016-03-01T00:00', season(2016, 'voorjaar')],
    ['zomer', season(2019, 'winter'), '2016-07-01T00:00', season(2016, 'zomer')],
    ['najaar', season(2019, 'zomer'), '2016-10-10T00:00', season(2016, 'najaar')],
    ['winter in December', season(2019, 'zomer'), '2016-12-01T00:00', season(2016, 'winter')],
    ['winter in January belongs to the year before', season(2019, 'zomer'), '2017-01-15T00:00', season(2016, 'winter')],
    ['winter on a leap day', season(2019, 'zomer'), '2016-02-29T12:00', season(2015, 'winter')],
    ['month', month(2019, 3), '2016-07-20T10:00', month(2016, 7)],
    ['day, in UTC rather than local time', day(2019, 3, 15), '2016-07-20T23:30', day(2016, 7, 20)],
    ['month before 1900', month(2019, 3), '1850-06-01T00:00', month(1900, 1)],
    ['season in January 1900', season(2019, 'zomer'), '1900-01-15T00:00', season(1900, 'voorjaar')],
    ['season after 2100', season(2019, 'zomer'), '2250-06-01T00:00', season(2100, 'winter')],
    ['day after 2100', day(2019, 3, 15), '2250-06-01T00:00', day(2100, 12, 31)],
    ['quarter', quarter(2019, 1), '2016-08-31T23:59', quarter(2016, 3)],
    ['quarter on its first day', quarter(2019, 1), '2016-10-01T00:00', quarter(2016, 4)],
    ['half', half(2019, 1), '2016-07-01T00:00', half(2016, 2)],
    ['half on its last moment', half(2019, 2), '2016-06-30T23:59', half(2016, 1)],
    ['decade', decade(1990), '2016-07-01T00:00', decade(2010)],
    ['decade in its last year', decade(1990), '1989-12-31T23:59', decade(1980)],
    ['decade before 1900', decade(1990), '1850-01-01T00:00', decade(1900)],
    ['quarter after 2100', quarter(2019, 1), '2250-01-01T00:00', quarter(2100, 4)],
  ])('%s', (_label, like, at, expected) => {
    expect(snapToPrecision(like, utc(at))).toEqual(expected);
  });

  it('leaves the card where it was when the time is not a number', () => {
    expect(snapToPrecision(month(2019, 3), Number.NaN)).toEqual(month(2019, 3));
  });

  it.each([year(2019), part(2019, 'midden'), season(2019, 'winter'), month(2019, 2), day(2019, 3, 15), quarter(2019, 2), half(2019, 2), decade(2010)])(
    'snaps %j to a valid date that contains the time',
    (like) => {
      for (const at of ['2016-01-01T00:00', '2016-02-29T23:59', '2016-08-31T23:59', '2016-12-01T00:00', '2017-02-28T12:00']) {
        const snapped = snapToPrecision(like, utc(at));
        const { start, end } = dateRange(snapped);
        expect(snapped.precision).toBe(like.precision);
        expect(fuzzyDateSchema.safeParse(snapped).success).toBe(true);
        expect(start).toBeLessThanOrEqual(utc(at));
        expect(end).toBeGreaterThan(utc(at));
      }
    },
  );
});

describe('stepFuzzy: one step of the date’s own precision', () => {
  it.each([
    ['a quarter into the next year', quarter(2019, 4), 1, quarter(2020, 1)],
    ['a quarter back into the year before', quarter(2020, 1), -1, quarter(2019, 4)],
    ['a quarter', quarter(2019, 2), 1, quarter(2019, 3)],
    ['a half', half(2019, 2), 1, half(2020, 1)],
    ['a half back', half(2019, 2), -1, half(2019, 1)],
    ['a decade', decade(1990), 1, decade(2000)],
    ['a decade back', decade(1990), -1, decade(1980)],
    ['a year', year(2019), 1, year(2020)],
    ['a part', part(2019, 'eind'), 1, part(2020, 'begin')],
    ['a winter, which spans the new year', season(2019, 'winter'), 1, season(2020, 'voorjaar')],
    ['a winter back', season(2019, 'winter'), -1, season(2019, 'najaar')],
    ['a month', month(2019, 12), 1, month(2020, 1)],
    ['a day over a leap day', day(2020, 2, 28), 1, day(2020, 2, 29)],
    ['nowhere past the last quarter', quarter(2100, 4), 1, quarter(2100, 4)],
    ['nowhere before the first decade', decade(1900), -1, decade(1900)],
  ] as const)('%s', (_label, date, direction, expected) => {
    expect(stepFuzzy(date, direction)).toEqual(expected);
  });
});

describe('compareFuzzy', () => {
  const read = (text: string): FuzzyDate => {
    const date = parseFuzzyDate(text);
    if (!date) throw new Error(`test date ${text} does not parse`);
    return date;
  };
  const sorted = (texts: string[]) =>
    texts
      .map(read)
      .sort(compareFuzzy)
      .map((date) => formatFuzzyDate(date));

  it('orders by midpoint', () => {
    expect(sorted(['2019', 'maart 2019', 'voorjaar 2019'])).toEqual(['maart 2019', 'voorjaar 2019', '2019']);
  });

  it('puts a winter between its December and its February', () => {
    expect(sorted(['februari 2019', 'winter 2018', 'december 2018', 'eind 2018', 'begin 2019'])).toEqual([
      'eind 2018',
      'december 2018',
      'winter 2018',
      'februari 2019',
      'begin 2019',
    ]);
  });

  it.each([
    ['16 maart 2019', 'maart 2019'],
    ['2 juli 2019', '2019'],
  ])('puts the narrower %j before %j when their midpoints coincide', (narrow, wide) => {
    expect(midpoint(read(narrow))).toBe(midpoint(read(wide)));
    expect(compareFuzzy(read(narrow), read(wide))).toBeLessThan(0);
    expect(compareFuzzy(read(wide), read(narrow))).toBeGreaterThan(0);
  });

  it('finds the same date equal', () => {
    expect(compareFuzzy(read('15-03-2019'), read('2019-03-15'))).toBe(0);
  });
});
