/**
 * The sign-up by keyboard: the facilitator types a name's first letters and
 * a digit for the theme. Letters match the start of any word of a name, with
 * or without accents, so "mo" finds "Mohamed" and "Anne-Mo".
 */

const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The people whose name has a word starting with what was typed, those not signed up yet first, each group in name order. */
export function matchPeople<P extends { id: string; name: string }>(people: readonly P[], typed: string, signedUp: ReadonlySet<string>): P[] {
  const query = folded(typed.trim());
  if (query === '') return [];
  const words = (name: string) => folded(name).split(/[\s\-'’.]+/);
  return people
    .filter((p) => folded(p.name).startsWith(query) || words(p.name).some((w) => w.startsWith(query)))
    .sort((a, b) => Number(signedUp.has(a.id)) - Number(signedUp.has(b.id)) || a.name.localeCompare(b.name, 'nl'));
}

/** Which theme a typed digit means: 1 to 9 the theme in that place, 0 out of every theme; anything else none. */
export function themeOfDigit(key: string, themes: readonly { id: string }[]): { proposalId: string | null } | undefined {
  if (!/^[0-9]$/.test(key)) return undefined;
  if (key === '0') return { proposalId: null };
  const theme = themes[Number(key) - 1];
  return theme ? { proposalId: theme.id } : undefined;
}

/** A theme with one person or nobody is no group yet. */
export const isThin = (members: number): boolean => members <= 1;
