import { describe, expect, it } from 'vitest';
import { applyPatch, emptyBoard, type BoardContent } from '../../shared/board/board.js';
import { parseFuzzyDate } from '../../shared/dates/fuzzy-date-read.js';
import { CARD_HEIGHT, CARD_WIDTH, chronological, droppedDate, layoutTimeline, timelineAxis, timeToX, xToTime, YEAR_WIDTH } from '../../shared/timeline/timeline-layout.js';
import { addAnecdote, setPeriod } from '../../shared/timeline/timeline-ops.js';
import { tickUnit, ticks } from '../../shared/timeline/timeline-ticks.js';

const NOW = Date.UTC(2026, 10, 22);

function withStories(stories: [string, string][]): BoardContent {
  let content = emptyBoard();
  stories.forEach(([date, title], i) => {
    content = applyPatch(content, addAnecdote(content, { id: `a${i}`, date: parseFuzzyDate(date) ?? null, title }));
  });
  return content;
}

/** A dense history: 300 stories over 30 years, several in the same month. */
function dense(): BoardContent {
  let content = emptyBoard();
  for (let i = 0; i < 300; i++) {
    const year = 1995 + ((i * 7) % 30);
    const date = i % 3 === 0 ? { precision: 'year' as const, year } : { precision: 'month' as const, year, month: 1 + ((i * 5) % 12) };
    content = applyPatch(content, addAnecdote(content, { id: `s${i}`, date, title: `verhaal ${i}` }));
  }
  return content;
}

const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < CARD_WIDTH && Math.abs(a.y - b.y) < CARD_HEIGHT;

describe('timeline layout', () => {
  it('puts no card over another, even 300 stories over 30 years', () => {
    const { cards } = layoutTimeline(dense(), NOW);
    expect(cards).toHaveLength(300);
    for (let i = 0; i < cards.length; i++) {
      for (let j = i + 1; j < cards.length; j++) expect(overlap(cards[i]!, cards[j]!), `${cards[i]!.id} / ${cards[j]!.id}`).toBe(false);
    }
  });

  it('reads left to right in date order, cards of one date in the order they were told', () => {
    const content = dense();
    const { cards } = layoutTimeline(content, NOW);
    const byX = [...cards].sort((a, b) => a.x - b.x).map((c) => c.id);
    expect(byX).toEqual(chronological(Object.values(content.anecdotes)).map((a) => a.id));
    for (let i = 1; i < cards.length; i++) expect(cards[i]!.x).toBeGreaterThan(cards[i - 1]!.x);
  });

  it('gives the same picture for the same content, and moves no earlier card when a later story is added', () => {
    const content = withStories([['2014', 'Start'], ['maart 2016', 'Eerste actietafel'], ['eind 2019', 'De fusie'], ['voorjaar 2021', 'Nieuwe wethouder']]);
    const before = layoutTimeline(content, NOW);
    expect(layoutTimeline(content, NOW)).toEqual(before);
    const more = applyPatch(content, addAnecdote(content, { id: 'late', date: parseFuzzyDate('2021'), title: 'Later' } as never));
    const after = layoutTimeline(more, NOW);
    // The axis is the same (2021 was already in), so everything before 2021 stands still.
    for (const id of ['a0', 'a1', 'a2']) expect(after.cards.find((c) => c.id === id)).toEqual(before.cards.find((c) => c.id === id));
  });

  it('anchors each card at its date, and keeps undated cards apart, left of the bar', () => {
    const content = withStories([['15-03-2019', 'Kick-off'], ['ooit', 'Wanneer was dit?']]);
    const { axis, cards } = layoutTimeline(content, NOW);
    const kickoff = cards.find((c) => c.id === 'a0')!;
    expect(new Date(xToTime(axis, kickoff.anchorX!)).toISOString().slice(0, 10)).toBe('2019-03-15');
    const undated = cards.find((c) => c.id === 'a1')!;
    expect(undated.anchorX).toBeUndefined();
    expect(undated.x + CARD_WIDTH).toBeLessThan(0);
  });

  it('spans the stories with a year to spare, or the period set by hand', () => {
    const content = withStories([['2014', 'Start'], ['2025', 'Nu']]);
    expect(timelineAxis(content, NOW)).toMatchObject({ startYear: 2013, endYear: 2026 });
    const fixed = applyPatch(content, setPeriod(content, 2010, 2030));
    const axis = timelineAxis(fixed, NOW);
    expect(axis).toMatchObject({ startYear: 2010, endYear: 2030 });
    expect(timeToX(axis, Date.UTC(2010, 0, 1))).toBe(0);
    expect(timelineAxis(emptyBoard(), NOW)).toMatchObject({ startYear: 2021, endYear: 2027 });
  });
});

describe('ticks', () => {
  it.each([
    [20, 'decade'],
    [56, 'year'],
    [200, 'year'],
    [224, 'quarter'],
    [600, 'quarter'],
    [672, 'month'],
    [5000, 'month'],
  ] as const)('%i px per year gives %s ticks', (px, unit) => {
    expect(tickUnit(px)).toBe(unit);
  });

  it('labels years and Dutch months, on whole units', () => {
    const start = Date.UTC(2018, 10, 15);
    const end = Date.UTC(2019, 3, 2);
    expect(ticks(start, end, 'month').map((t) => t.label)).toEqual(['dec.', '2019', 'feb.', 'mrt.', 'apr.']);
    expect(ticks(start, end, 'quarter').map((t) => t.label)).toEqual(['2019', 'apr.']);
    expect(ticks(Date.UTC(1995, 5, 1), Date.UTC(2026, 0, 1), 'decade').map((t) => t.label)).toEqual(['2000', '2010', '2020']);
    expect(ticks(Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1), 'year').map((t) => [t.label, t.major])).toEqual([
      ['2019', true],
      ['2020', true],
      ['2021', true],
    ]);
    expect(ticks(start, end, 'month', 'en').map((t) => t.label)[0]).toBe('Dec');
  });
});

describe('a card let go along the bar', () => {
  it('keeps its precision, gets a year when it had no date, and changes nothing when let go where it was', () => {
    const content = withStories([['maart 2016', 'Eerste actietafel'], ['2020', 'Later'], ['ooit', 'Zonder datum']]);
    const layout = layoutTimeline(content, NOW);
    const actietafel = content.anecdotes.a0!;
    expect(droppedDate(layout, actietafel, 2 * YEAR_WIDTH)).toEqual({ precision: 'month', year: 2018, month: 3 });
    expect(droppedDate(layout, actietafel, 3)).toBeUndefined();
    const undated = layout.cards.find((c) => c.id === 'a2')!;
    // Dragged so that its middle lands in 2017.
    const dx = timeToX(layout.axis, Date.UTC(2017, 5, 1)) - (undated.x + CARD_WIDTH / 2);
    expect(droppedDate(layout, content.anecdotes.a2!, dx)).toEqual({ precision: 'year', year: 2017 });
  });
});

describe('quarters, halves, decades and holidays on the bar', () => {
  const content = withStories([
    ['Q3 2019', 'Nieuwe subsidie'],
    ['zomervakantie 2019', 'Buurtfeest'],
    ['kerst 2019', 'Kerstmarkt'],
    ['tweede helft van 2018', 'Verhuizing'],
    ['de jaren 90', 'Eerste buurthuis'],
  ]);
  const layout = layoutTimeline(content, NOW);
  const card = (id: string) => layout.cards.find((c) => c.id === id)!;

  it('puts each card at the middle of its span and the axis around all of them', () => {
    expect(layout.axis.startYear).toBe(1989);
    expect(card('a0').anchorX).toBeCloseTo(timeToX(layout.axis, Date.UTC(2019, 7, 16)), 5);
    expect(card('a2').anchorX).toBeCloseTo(timeToX(layout.axis, Date.UTC(2019, 11, 16, 12)), 5);
    expect(card('a4').anchorX).toBeCloseTo(timeToX(layout.axis, Date.UTC(1995, 0, 1)), 5);
    expect(chronological(Object.values(content.anecdotes)).map((a) => a.title)).toEqual([
      'Eerste buurthuis',
      'Verhuizing',
      'Buurtfeest',
      'Nieuwe subsidie',
      'Kerstmarkt',
    ]);
  });

  it('moves a quarter by whole quarters when dragged, and a decade by decades', () => {
    const quarterWidth = YEAR_WIDTH / 4;
    expect(droppedDate(layout, content.anecdotes.a0!, quarterWidth)).toEqual({ precision: 'quarter', year: 2019, quarter: 4 });
    expect(droppedDate(layout, content.anecdotes.a0!, -5 * quarterWidth)).toEqual({ precision: 'quarter', year: 2018, quarter: 2 });
    expect(droppedDate(layout, content.anecdotes.a0!, quarterWidth / 4)).toBeUndefined();
    expect(droppedDate(layout, content.anecdotes.a4!, 10 * YEAR_WIDTH)).toEqual({ precision: 'decade', year: 2000 });
    expect(droppedDate(layout, content.anecdotes.a3!, YEAR_WIDTH / 2)).toEqual({ precision: 'half', year: 2019, half: 1 });
  });
});
