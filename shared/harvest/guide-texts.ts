import type { Grouping } from '../planner/werkvorm.js';
import type { HarvestLang } from './report-model.js';

/** Every word of the participant guide, in each language the UI speaks. */
export interface GuideTexts {
  kind: string;
  footer(title: string, date: string): string;
  cover: { question: string; date: string; time: string; venue: string; facilitators: string; preparation: string };
  welcome: {
    title: string;
    opening(title: string): string;
    question: string;
    contents: string;
    sheetsAtBack: string;
    wishes: string;
    signedBy(names: string): string;
  };
  programme: { title: string; header: { time: string; block: string; grouping: string }; headerNoClock: { block: string; minutes: string; grouping: string }; noClock: string };
  block: { time: string; length: string; grouping: string; steps: string; phases: string; phasesHeader: { step: string; time: string }; questions: string; sheetsBelow: string; roles: string };
  roles: { intro: string; list: string[] };
  minutes(n: number): string;
  grouping(grouping: Grouping): string;
  phaseIn(label: string, grouping: string): string;
  sheet: { title(block: string): string; duo(n: number, of: number): string; names: string; howTo: string; question(n: number): string };
  /** "Piet, Marie en Ahmed". */
  joined(names: readonly string[]): string;
}

const joinWith = (and: string) => (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;

const nl: GuideTexts = {
  kind: 'Deelnemersgids',
  footer: (title, date) => (date ? `${title} · ${date} · deelnemersgids` : `${title} · deelnemersgids`),
  cover: { question: 'Centrale vraag', date: 'Datum', time: 'Tijd', venue: 'Locatie', facilitators: 'Procesbegeleiding', preparation: 'Voorbereidingsgroep' },
  welcome: {
    title: 'Welkom',
    opening: (title) => `Welkom bij ${title}. Fijn dat je erbij bent.`,
    question: 'De vraag die ons vandaag bezighoudt:',
    contents: 'Deze gids bevat het programma en de werkinstructies van elk onderdeel. Lees de instructie samen met je groep als jullie eraan beginnen.',
    sheetsAtBack: 'Achterin staan de interviewbladen, één per duo.',
    wishes: 'Veel plezier en goede gesprekken gewenst!',
    signedBy: (names) => `Namens de voorbereiders: ${names}.`,
  },
  programme: {
    title: 'Programma',
    header: { time: 'Tijd', block: 'Onderdeel', grouping: 'Werkvorm in' },
    headerNoClock: { block: 'Onderdeel', minutes: 'Duur', grouping: 'Werkvorm in' },
    noClock: 'De precieze tijden hoor je bij de start.',
  },
  block: {
    time: 'Tijd',
    length: 'Duur',
    grouping: 'Werkvorm in',
    steps: 'Instructie',
    phases: 'Verloop',
    phasesHeader: { step: 'Stap', time: 'Tijd' },
    questions: 'De vragen',
    sheetsBelow: 'Schrijf je aantekeningen op het interviewblad van jullie duo, achterin deze gids.',
    roles: 'Rollen in je groep',
  },
  roles: {
    intro: 'Kies uit jullie midden:',
    list: [
      'een voorlezer, die de instructies steeds hardop voorleest;',
      'een tijdbewaker, die de tijd in de gaten houdt;',
      'een sfeerbewaker, die de constructieve sfeer bewaakt en bevordert.',
    ],
  },
  minutes: (n) => (n === 1 ? '1 minuut' : `${n} minuten`),
  grouping: (g) =>
    g.kind === 'groups'
      ? g.minSize
        ? `groepjes van ${g.minSize} of ${g.size ?? 4}`
        : `groepjes van ${g.size ?? 4}`
      : { plenary: 'plenair', individual: 'individueel', duos: 'duo’s', trios: 'trio’s' }[g.kind],
  phaseIn: (label, grouping) => `${label} (${grouping})`,
  sheet: {
    title: (block) => `Interviewblad: ${block}`,
    duo: (n, of) => `Duo ${n} van ${of}`,
    names: 'Jullie namen',
    howTo: 'Lees elke vraag hardop voor en schrijf kort op wat je hoort. Eerst stelt de een alle vragen, dan wisselen jullie van rol: dus niet om en om per vraag.',
    question: (n) => `Vraag ${n}`,
  },
  joined: joinWith('en'),
};

const en: GuideTexts = {
  kind: 'Participant guide',
  footer: (title, date) => (date ? `${title} · ${date} · participant guide` : `${title} · participant guide`),
  cover: { question: 'Central question', date: 'Date', time: 'Time', venue: 'Venue', facilitators: 'Facilitation', preparation: 'Preparation group' },
  welcome: {
    title: 'Welcome',
    opening: (title) => `Welcome to ${title}. We are glad you are here.`,
    question: 'The question we work on today:',
    contents: 'This guide holds the programme and the instructions of every part. Read the instructions with your group when you start on them.',
    sheetsAtBack: 'The interview sheets are at the back, one for each pair.',
    wishes: 'Enjoy the day and the conversations!',
    signedBy: (names) => `On behalf of the preparation group: ${names}.`,
  },
  programme: {
    title: 'Programme',
    header: { time: 'Time', block: 'Part', grouping: 'Work in' },
    headerNoClock: { block: 'Part', minutes: 'Length', grouping: 'Work in' },
    noClock: 'You will hear the exact times at the start.',
  },
  block: {
    time: 'Time',
    length: 'Length',
    grouping: 'Work in',
    steps: 'Instructions',
    phases: 'Steps',
    phasesHeader: { step: 'Step', time: 'Time' },
    questions: 'The questions',
    sheetsBelow: 'Write your notes on your pair’s interview sheet, at the back of this guide.',
    roles: 'Roles in your group',
  },
  roles: {
    intro: 'Choose from among you:',
    list: [
      'a reader, who reads the instructions aloud each time;',
      'a time keeper, who keeps an eye on the time;',
      'a mood keeper, who keeps the atmosphere constructive.',
    ],
  },
  minutes: (n) => (n === 1 ? '1 minute' : `${n} minutes`),
  grouping: (g) =>
    g.kind === 'groups'
      ? g.minSize
        ? `groups of ${g.minSize} or ${g.size ?? 4}`
        : `groups of ${g.size ?? 4}`
      : { plenary: 'plenary', individual: 'on your own', duos: 'pairs', trios: 'threes' }[g.kind],
  phaseIn: (label, grouping) => `${label} (${grouping})`,
  sheet: {
    title: (block) => `Interview sheet: ${block}`,
    duo: (n, of) => `Pair ${n} of ${of}`,
    names: 'Your names',
    howTo: 'Read each question aloud and note briefly what you hear. One of you asks all the questions first, then you swap roles: not question by question in turn.',
    question: (n) => `Question ${n}`,
  },
  joined: joinWith('and'),
};

const TEXTS: Record<HarvestLang, GuideTexts> = { nl, en };

export const guideTexts = (lang: HarvestLang): GuideTexts => TEXTS[lang];
