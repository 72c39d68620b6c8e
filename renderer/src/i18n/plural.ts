/** Singular or plural by the language's own rules (Intl.PluralRules), for every count in the strings. */
export interface Plural {
  /** The number with the word its count asks for: "1 minuut", "5 minuten". */
  count(n: number, one: string, other: string): string;
  /** Only the word: "is" or "zijn". */
  pick(n: number, one: string, other: string): string;
}

export function plural(locale: 'nl' | 'en'): Plural {
  const rules = new Intl.PluralRules(locale);
  const pick = (n: number, one: string, other: string) => (rules.select(n) === 'one' ? one : other);
  return { pick, count: (n, one, other) => `${n} ${pick(n, one, other)}` };
}
