import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/messages-en.js';
import { nl } from '../../renderer/src/i18n/messages-nl.js';

/** Every message that is a function, by its path, in a catalogue of nested objects. */
function messages(tree: object, prefix = ''): [string, (...args: unknown[]) => unknown][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'function') return [[name, value as (...args: unknown[]) => unknown]];
    return value && typeof value === 'object' ? messages(value as object, name) : [];
  });
}

// The plural nouns (and verbs) the strings count with, and their singulars.
const PLURALS = /\b1 (minuten|minutes|onderdelen|blocks|werkvormen|work forms|deelnemers|participants|post-its|notes|thema's|themes|stippen|dots|anekdotes|anecdotes|scores|regels|lines|seconden|seconds|groepjes|groups)(?![\w'’])|\bzijn nog 1\b|\bare 1\b/;
const SINGULARS = /\b2 (minuut|minute|onderdeel|block|werkvorm|work form|deelnemer|participant|note|thema|theme|stip|dot|anekdote|anecdote|score|regel|line|seconde|second)(?![\w'’])|\bis nog 2\b/;

describe('counts in the strings', () => {
  for (const [language, catalogue] of [['nl', nl], ['en', en]] as const) {
    it(`says 1 in the singular and 2 in the plural, in every ${language} message`, () => {
      const wrong: string[] = [];
      for (const [name, message] of messages(catalogue)) {
        // Numbers where the message counts, and the same digit where it takes text: either way it reads "1 …".
        for (const [n, pattern] of [[1, PLURALS], [2, SINGULARS]] as const) {
          const text = String(message(...Array.from({ length: Math.max(message.length, 1) }, () => n)));
          if (pattern.test(text)) wrong.push(`${name}: ${text}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
