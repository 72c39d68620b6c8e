import { patch, type BoardContent, type BoardPatch } from '../board/board.js';
import { compareFuzzy, type FuzzyDate } from '../dates/fuzzy-date.js';
import type { Anecdote, AnecdoteKind, Era } from './timeline.js';

interface NewAnecdote {
  id: string;
  date: FuzzyDate | null;
  title: string;
  story?: string;
  teller?: string;
  kind?: AnecdoteKind;
  energy?: number | null;
}

/** A story on the line; `order` keeps cards of one date in the order they were told. */
export function addAnecdote(content: BoardContent, a: NewAnecdote): BoardPatch {
  if (content.anecdotes[a.id]) return patch();
  const order = Object.values(content.anecdotes).reduce((max, x) => Math.max(max, x.order + 1), 0);
  // Field by field: whatever else the caller's object carries stays out of the board.
  const anecdote: Anecdote = {
    id: a.id,
    date: a.date,
    title: a.title,
    story: a.story ?? '',
    teller: a.teller ?? '',
    kind: a.kind ?? 'anders',
    energy: a.energy ?? null,
    order,
  };
  return patch({ anecdotes: [anecdote] });
}

export function editAnecdote(content: BoardContent, id: string, changes: Partial<Omit<Anecdote, 'id' | 'order'>>): BoardPatch {
  const anecdote = content.anecdotes[id];
  if (!anecdote) return patch();
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  return patch({ anecdotes: [{ ...anecdote, ...defined }] });
}

export function deleteAnecdotes(content: BoardContent, ids: string[]): BoardPatch {
  return patch({}, { anecdotes: ids.filter((id) => content.anecdotes[id]) });
}

/** An era from its earlier to its later end, whichever way round they were given. */
const ordered = (era: Era): Era => (compareFuzzy(era.from, era.to) > 0 ? { ...era, from: era.to, to: era.from } : era);

export function addEra(content: BoardContent, era: Era): BoardPatch {
  if (content.eras[era.id]) return patch();
  return patch({ eras: [ordered({ id: era.id, name: era.name, from: era.from, to: era.to })] });
}

export function editEra(content: BoardContent, id: string, changes: Partial<Omit<Era, 'id'>>): BoardPatch {
  const era = content.eras[id];
  if (!era) return patch();
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  return patch({ eras: [ordered({ ...era, ...defined })] });
}

export function deleteEra(content: BoardContent, id: string): BoardPatch {
  return content.eras[id] ? patch({}, { eras: [id] }) : patch();
}

/** The years the axis spans; null ends follow the anecdotes. */
export function setPeriod(content: BoardContent, from: number | null, to: number | null): BoardPatch {
  const [a, b] = from !== null && to !== null && from > to ? [to, from] : [from, to];
  const current = content.periods.period;
  if (current && current.from === a && current.to === b) return patch();
  return patch({ periods: [{ id: 'period', from: a, to: b }] });
}
