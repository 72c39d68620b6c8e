import type { Block } from './agenda.js';

/**
 * The session's positive theme, filled into every text that names it: the
 * beamer's instructions, phases and questions, the live panel, the planner's
 * preview and the printed guide all go through `fillTheme`.
 *
 * Library texts write the theme as `{thema}`; `{positief thema}` is read the
 * same way, and `{theme}` for texts written in English. Without a theme the
 * placeholder becomes a neutral phrase in the language of the placeholder, so
 * the room never reads a brace or a gap.
 */
export const THEME_MAX = 120;

const NEUTRAL = { nl: 'ons thema', en: 'our theme' } as const;
const THEME_WORDS = new Map<string, keyof typeof NEUTRAL>([
  ['thema', 'nl'],
  ['positief thema', 'nl'],
  ['theme', 'en'],
  ['positive theme', 'en'],
]);
const themeWord = (word: string) => THEME_WORDS.get(word.toLocaleLowerCase('nl').replace(/\s+/g, ' '));

/** `{word}` or `{two words}` on one line (doubled braces too, as template languages write them): a slot to fill. */
const PLACEHOLDER = /\{+\s*([^{}\n]{1,40}?)\s*\}+/g;

const OPENING_QUOTES = /^["'“”‘’„«»]+/;
const CLOSING_QUOTES = /["'“”‘’„«»]+$/;

/**
 * The theme as it reads inside a sentence: one line, without braces or bold
 * markers, without the full stop or comma someone typed after it. A theme put
 * as a question ("Hoe houden we jongeren binnenboord?") keeps its question
 * mark inside quotes, so the sentence around it still reads.
 */
export function themeForText(raw: string): string {
  let text = raw.replace(/[{}*]/g, '').replace(/\s+/g, ' ').trim();
  text = text.replace(/^[-–•·:;,.\s]+/, '');
  // Quotes around the whole, then what was typed after it, until neither is left.
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(OPENING_QUOTES, '').replace(CLOSING_QUOTES, '').replace(/[\s.,;:!…]+$/, '').trim();
  }
  if (!text.endsWith('?')) return text;
  const question = text.replace(/[\s?]+$/, '');
  return question ? `‘${question}?’` : '';
}

/** Whether a slot at the end of `before` opens a sentence: at the start, after a full stop, a new line or a step number. */
function opensSentence(before: string): boolean {
  const trimmed = before.replace(/[ \t*"'“‘„([]+$/u, '');
  if (trimmed === '' || trimmed.endsWith('\n')) return true;
  if (/(^|\n)\s*[-•]$/.test(trimmed)) return true;
  return /[.!?…]$/.test(trimmed);
}

/** Dutch capitals: "ijsselmonde" opens a sentence as "IJsselmonde". */
function capitalise(phrase: string): string {
  const quote = /^[‘'"“]/.exec(phrase)?.[0] ?? '';
  const rest = phrase.slice(quote.length);
  if (/^ij/.test(rest)) return `${quote}IJ${rest.slice(2)}`;
  return quote + rest.charAt(0).toLocaleUpperCase('nl') + rest.slice(1);
}

/** "rond {thema}" with the theme "rond de inwoner" says "rond" once. */
function withoutRepeat(before: string, phrase: string): string {
  const last = /([\p{L}]+)[^\p{L}\n]*$/u.exec(before)?.[1];
  const [first, ...rest] = phrase.split(' ');
  if (!last || rest.length === 0 || first?.toLocaleLowerCase('nl') !== last.toLocaleLowerCase('nl')) return phrase;
  return rest.join(' ');
}

/** `text` with every slot filled: the theme where it names the theme, a neutral phrase while there is none. */
export function fillTheme(text: string, theme: string): string {
  if (!text.includes('{')) return text;
  const filled = themeForText(theme);
  return text.replace(PLACEHOLDER, (_match, word: string, offset: number, whole: string) => {
    const language = themeWord(word);
    const before = whole.slice(0, offset);
    // A slot nobody fills reads as its own word, never as a brace.
    const phrase = language ? withoutRepeat(before, filled || NEUTRAL[language]) : word;
    return opensSentence(before) ? capitalise(phrase) : phrase;
  });
}

/** The slots in `text`: whether it names the theme, and any other slot that nothing fills. */
export function slotsIn(text: string): { theme: boolean; unknown: string[] } {
  let theme = false;
  const unknown: string[] = [];
  for (const [, word] of text.matchAll(PLACEHOLDER)) {
    if (themeWord(word!)) theme = true;
    else if (!unknown.includes(word!)) unknown.push(word!);
  }
  return { theme, unknown };
}

type RoomFields = Pick<Block, 'title' | 'instructions' | 'phases' | 'questions'>;

/** Every text of a block that the room reads: its title, instructions, phases and questions. */
export const roomTextsOf = (block: RoomFields): string[] => [
  block.title,
  block.instructions,
  ...block.phases.flatMap((p) => [p.label, p.announce ?? '']),
  ...block.questions,
];

/**
 * What the planner and the live panel warn about for a block: it names the
 * theme while the session has none (the room would read the neutral phrase),
 * or it has slots that nothing fills.
 */
export function themeProblems(block: RoomFields, theme: string): { missingTheme: boolean; unknown: string[] } {
  const slots = roomTextsOf(block).map(slotsIn);
  const unknown = [...new Set(slots.flatMap((s) => s.unknown))];
  return { missingTheme: slots.some((s) => s.theme) && themeForText(theme) === '', unknown };
}

/** The block as the room reads it: every text with the theme filled in. */
export function blockForRoom<B extends RoomFields>(block: B, theme: string): B {
  const fill = (text: string) => fillTheme(text, theme);
  return {
    ...block,
    title: fill(block.title),
    instructions: fill(block.instructions),
    phases: block.phases.map((p) => ({ ...p, label: fill(p.label), ...(p.announce ? { announce: fill(p.announce) } : {}) })),
    questions: block.questions.map(fill),
  };
}
