import { hyphenateSync } from 'hyphen/nl';

/** A place a word may be broken at the end of a line: before `at`, with a "-" added unless the word has one there. */
export interface WordBreak {
  at: number;
  hyphen: boolean;
}

const SOFT_HYPHEN = '\u00AD';
/** Words typed on one board repeat; a session holds a few thousand at most. */
const MAX_REMEMBERED = 20_000;
const remembered = new Map<string, WordBreak[]>();

/**
 * Where a word may be broken: between its syllables by the Dutch
 * hyphenation patterns (TeX's, as the hyphen package bundles them), and
 * after a hyphen it already has. Board text is Dutch whatever the interface
 * language, so the Dutch patterns apply to all of it.
 */
export function wordBreaks(word: string): WordBreak[] {
  let breaks = remembered.get(word);
  if (breaks) return breaks;
  breaks = [];
  const marked = hyphenateSync(word, { hyphenChar: SOFT_HYPHEN });
  let at = 0;
  for (const char of marked) {
    if (char === SOFT_HYPHEN) {
      if (at > 0 && at < word.length) breaks.push({ at, hyphen: true });
      continue;
    }
    at += char.length;
    if (char === '-' && at > 1 && at < word.length) breaks.push({ at, hyphen: false });
  }
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(word, breaks);
  return breaks;
}
