/**
 * How people's names reach the room. The facilitator always sees names in
 * full; the beamer and the board images show them as the session says:
 * in full, as initials, or not at all.
 */
export const NAME_DISPLAYS = ['full', 'initials', 'none'] as const;
export type NameDisplay = (typeof NAME_DISPLAYS)[number];

/** A room often holds people whose clients are discussed: initials unless the facilitator chooses otherwise. */
export const DEFAULT_NAME_DISPLAY: NameDisplay = 'initials';

/** What the room sees of one name; '' means nothing at all is shown for it. */
export type NameShown = (name: string) => string;

/**
 * Dutch (and a few other) particles that stand between the first name and
 * the surname. Written in lower case inside a name they keep a lower-case
 * initial, as in a Dutch paraaf: "Jan van den Berg" is JvdB.
 */
const PARTICLES = new Set([
  'van', 'de', 'der', 'den', 'het', "'t", 't', 'te', 'ter', 'ten', 'in', 'op', 'aan', 'bij', 'uit', 'onder', 'over', 'voor',
  'la', 'le', 'les', 'du', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'el', 'al', 'ben', 'bin', 'von', 'zu', 'vd', 'v',
]);

/** Forms of address and titles that are no part of who someone is. */
const TITLES = new Set(['dhr', 'mevr', 'mw', 'mevrouw', 'meneer', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'ds']);

interface Word {
  /** The letters of the word as written ("Anne", "van"). */
  letters: string;
  /** Folded for comparing: lower case, without accents. */
  folded: string;
  particle: boolean;
}

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function wordsOf(name: string): Word[] {
  const raw = name.trim().split(/[\s\-‐–]+/).filter(Boolean);
  while (raw.length > 1 && TITLES.has(fold(raw[0]!).replace(/\.$/, ''))) raw.shift();
  const words = raw
    .map((word) => ({ word, letters: word.replace(/[^\p{L}']/gu, '').replace(/^'+(?=\p{L}{2})/u, '') }))
    .filter(({ letters }) => /\p{L}/u.test(letters));
  return words.map(({ letters }, index) => {
    const lower = letters === letters.toLowerCase();
    const particle = index > 0 && index < words.length - 1 && lower && PARTICLES.has(fold(letters).replace(/\.$/, ''));
    return { letters: letters.replace(/'/g, ''), folded: fold(letters.replace(/'/g, '')), particle };
  });
}

/** The first `length` letters of a word as an initial: capital first, or lower case for a particle. */
function piece(word: Word, length: number): string {
  const letters = [...word.letters];
  const first = letters[0] ?? '';
  const rest = letters.slice(1, length).join('').toLowerCase();
  return (word.particle ? first.toLowerCase() : first.toUpperCase()) + rest;
}

/** "Fatima el Amrani" → "FeA", "Jan van den Berg" → "JvdB", "Ahmed" → "A". */
export function initials(name: string): string {
  return wordsOf(name)
    .map((word) => piece(word, 1))
    .join('');
}

const sameName = (name: string): string => fold(name.trim().replace(/\s+/g, ' '));

/** How many letters of each word tell `words` apart from every name in `others`. */
function lengthsApart(words: Word[], others: Word[][]): number[] {
  const lengths = words.map(() => 1);
  for (const other of others) {
    const at = words.findIndex((word, i) => word.folded !== other[i]?.folded);
    if (at < 0) continue;
    const mine = [...words[at]!.folded];
    const theirs = [...(other[at]?.folded ?? '')];
    let common = 0;
    while (common < mine.length && mine[common] === theirs[common]) common++;
    lengths[at] = Math.max(lengths[at]!, Math.min(mine.length, common + 1));
  }
  return lengths;
}

/**
 * How each name reads in `display`. `names` are the names that are shown
 * together (a session's participants and every name on its boards): two of
 * them with the same initials get as many more letters of the first word
 * where they differ as it takes to tell them apart ("Jan de Vries" JadV and
 * "Joke de Vries" JodV; "Jan de Vries" JdVr and "Jan de Vos" JdVo). The same
 * name written twice reads the same, whatever its case or accents.
 */
export function nameShown(display: NameDisplay, names: Iterable<string> = []): NameShown {
  if (display === 'full') return (name) => name.trim();
  if (display === 'none') return () => '';
  const byInitials = new Map<string, Map<string, Word[]>>();
  // A board names the same few people many times over: each is worked out once.
  for (const name of new Set(names)) {
    const key = sameName(name);
    if (key === '') continue;
    const short = initials(name);
    const group = byInitials.get(short) ?? new Map<string, Word[]>();
    if (!group.has(key)) group.set(key, wordsOf(name));
    byInitials.set(short, group);
  }
  const labels = new Map<string, string>();
  for (const group of byInitials.values()) {
    for (const [key, words] of group) {
      const others = [...group].filter(([other]) => other !== key).map(([, w]) => w);
      const lengths = lengthsApart(words, others);
      labels.set(key, words.map((word, i) => piece(word, lengths[i]!)).join(''));
    }
  }
  const seen = new Map<string, string>();
  return (name) => {
    let label = seen.get(name);
    if (label === undefined) {
      label = labels.get(sameName(name)) ?? initials(name);
      seen.set(name, label);
    }
    return label;
  };
}
