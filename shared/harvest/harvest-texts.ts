import type { BoardKind, RelationStyle } from '../board/board.js';
import type { Horizon } from '../actions/actions.js';
import type { ExperimentQuestion } from '../actions/actions.js';
import type { AnecdoteKind } from '../timeline/timeline.js';
import type { HarvestLang } from './report-model.js';

/** Every word the report, the notes' table and the mail write, in each language the UI speaks. */
export interface HarvestTexts {
  reportKind: string;
  contents: string;
  weekdays: readonly string[];
  count(n: number, one: string, many: string): string;
  people(n: number): string;
  dots(n: number): string;
  notes(n: number): string;
  minutes(n: number): string;
  cover: { question: string; date: string; venue: string; facilitators: string; preparation: string; participants: string };
  programme: {
    title: string;
    header: { block: string; planned: string; ran: string; difference: string };
    notRun: string;
    dropped: string;
    running: string;
    notLive: string;
    evening(planned: string, ran: string, difference: string): string;
  };
  boards: { kind: Record<BoardKind, string>; picture(title: string): string; empty: string };
  notesBoard: { unnamed: string; loose: string; by(author: string): string };
  timeline: { stories: string; eras: string; undated: string; kind: Record<AnecdoteKind, string>; toldBy(teller: string): string; reflection: string; otherNotes: string };
  rings: { ring(index: number, label: string): string; beside: string; nextStep: string; nextStepLine(text: string, who: string, when: string): string; relations: string; interests: string; style: Record<RelationStyle, string> };
  scale: {
    measurement(label: string, when: string): string;
    group: string;
    median: string;
    spread: string;
    marks: string;
    header: { name: string; mark: string };
    notesAt: string;
    notesLoose: string;
    at(value: string): string;
  };
  areas: { axes(x: string, y: string): string; loose: string };
  actions: {
    title: string;
    proposal(position: number, title: string): string;
    experiment(position: number, title: string): string;
    theme: string;
    members: string;
    pitch: string;
    direction: string;
    tops: string;
    tips: string;
    milestones: string;
    milestoneHeader: { horizon: string; what: string; who: string; when: string };
    horizon: Record<Horizon, string>;
    questions: Record<ExperimentQuestion, string>;
    until: string;
    learned: string;
    notNamed: string;
    agreements: string;
    agreementHeader: { what: string; who: string; when: string };
    none: string;
  };
  participants: { title: string; count(n: number): string };
  csvHeader: [board: string, theme: string, text: string, author: string, dots: string];
  mail: {
    subject(title: string, date: string): string;
    greeting: string;
    intro(title: string): string;
    question(question: string): string;
    topThemes: string;
    proposals: string;
    firstStep(deliverable: string, date: string): string;
    thanks: string;
  };
}

const countOf = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const nl: HarvestTexts = {
  reportKind: 'Verslag',
  contents: 'Inhoud',
  weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  count: countOf,
  people: (n) => countOf(n, 'persoon', 'personen'),
  dots: (n) => countOf(n, 'stip', 'stippen'),
  notes: (n) => countOf(n, 'post-it', 'post-its'),
  minutes: (n) => `${n} min`,
  cover: { question: 'Centrale vraag', date: 'Datum', venue: 'Locatie', facilitators: 'Procesbegeleiding', preparation: 'Voorbereidingsgroep', participants: 'Deelnemers' },
  programme: {
    title: 'Programma',
    header: { block: 'Onderdeel', planned: 'Gepland', ran: 'Zo liep het', difference: 'Verschil' },
    notRun: 'niet gelopen',
    dropped: 'overgeslagen',
    running: 'nog bezig',
    notLive: 'Het programma is niet live gevolgd: hieronder staat het zoals het gepland was.',
    evening: (planned, ran, difference) => `Gepland ${planned}, zo liep het ${ran} (${difference}).`,
  },
  boards: {
    kind: {
      notes: 'Bord met post-its',
      timeline: 'Historielijn',
      progress: 'Progressiecirkel',
      influence: 'Cirkels van invloed',
      stakeholders: 'Stakeholderkaart',
      scale: 'Schaalvraag',
      columns: 'Bord met kolommen',
      fields: 'Bord met vier velden',
      cards: 'Bord met kaarten',
    },
    picture: (title) => `Het bord ${title}`,
    empty: 'Dit bord is leeg.',
  },
  notesBoard: { unnamed: 'Thema zonder naam', loose: 'Post-its in geen thema', by: (author) => `van ${author}` },
  timeline: {
    stories: 'Verhalen',
    eras: 'Tijdperken',
    undated: 'Nog zonder datum',
    kind: { start: 'begin', mijlpaal: 'mijlpaal', succes: 'succes', hobbel: 'hobbel', afscheid: 'afscheid', anders: 'anders' },
    toldBy: (teller) => `verteld door ${teller}`,
    reflection: 'Reflectie',
    otherNotes: 'Andere post-its',
  },
  rings: {
    ring: (index, label) => `Ring ${index + 1}: ${label}`,
    beside: 'Naast de ringen',
    nextStep: 'Volgende stap',
    nextStepLine: (text, who, when) => [text, who && `door ${who}`, when && `op ${when}`].filter(Boolean).join(', '),
    relations: 'Lijnen tussen stakeholders',
    interests: 'belang',
    style: { sterk: 'sterke band', zwak: 'zwakke band', stippel: 'losse band' },
  },
  scale: {
    measurement: (label, when) => (when ? `${label} (${when})` : label),
    group: 'Cijfer van de groep',
    median: 'Mediaan',
    spread: 'Middelste helft',
    marks: 'Cijfers',
    header: { name: 'Deelnemer', mark: 'Cijfer' },
    notesAt: 'Post-its op de schaal',
    notesLoose: 'Post-its naast de schaal',
    at: (value) => `bij ${value}`,
  },
  areas: { axes: (x, y) => `Assen: ${x} (horizontaal) en ${y} (verticaal).`, loose: 'Nog in geen vak' },
  actions: {
    title: 'Actievoorstellen en afspraken',
    proposal: (position, title) => `Actievoorstel ${position}: ${title}`,
    experiment: (position, title) => `Experiment ${position}: ${title}`,
    theme: 'Thema',
    members: 'Groep',
    pitch: 'Pitch',
    direction: 'Richting',
    tops: 'Tops',
    tips: 'Tips',
    milestones: 'Mijlpalen',
    milestoneHeader: { horizon: 'Na', what: 'Wat er dan staat', who: 'Eigenaar', when: 'Datum' },
    horizon: { week: '1 week', month: '1 maand', quarter: '1 kwartaal', year: '1 jaar' },
    questions: {
      situation: 'Huidige situatie',
      redesign: 'Nieuw ontwerp',
      smallest: 'Kleinste stap',
      needs: 'Wat is er nodig',
      help: 'Wie helpt',
    },
    until: 'Loopt tot',
    learned: 'Wat we leerden',
    notNamed: 'nog niet benoemd',
    agreements: 'Afspraken',
    agreementHeader: { what: 'Afspraak', who: 'Wie', when: 'Wanneer' },
    none: 'Er zijn geen actievoorstellen of afspraken vastgelegd.',
  },
  participants: { title: 'Deelnemers', count: (n) => (n === 1 ? 'Er was 1 deelnemer.' : `Er waren ${n} deelnemers.`) },
  csvHeader: ['bord', 'thema', 'tekst', 'auteur', 'stippen'],
  mail: {
    subject: (title, date) => (date ? `Oogst: ${title}, ${date}` : `Oogst: ${title}`),
    greeting: 'Beste allemaal,',
    intro: (title) => `Dank voor jullie komst bij ${title}. Hierbij de oogst van de bijeenkomst: het verslag en de mijlpalen voor in de agenda.`,
    question: (question) => `Onze centrale vraag was: ${question}`,
    topThemes: 'De thema’s met de meeste stippen:',
    proposals: 'De actievoorstellen en hun eerste mijlpaal:',
    firstStep: (deliverable, date) => (date ? `${deliverable} (${date})` : deliverable),
    thanks: 'Hartelijk dank voor jullie inzet, en veel succes met de volgende stappen!',
  },
};

const en: HarvestTexts = {
  reportKind: 'Report',
  contents: 'Contents',
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  count: countOf,
  people: (n) => countOf(n, 'person', 'people'),
  dots: (n) => countOf(n, 'dot', 'dots'),
  notes: (n) => countOf(n, 'note', 'notes'),
  minutes: (n) => `${n} min`,
  cover: { question: 'Central question', date: 'Date', venue: 'Venue', facilitators: 'Facilitation', preparation: 'Preparation group', participants: 'Participants' },
  programme: {
    title: 'Programme',
    header: { block: 'Item', planned: 'Planned', ran: 'As it ran', difference: 'Difference' },
    notRun: 'not run',
    dropped: 'left out',
    running: 'still running',
    notLive: 'The programme was not run in live mode: below it stands as planned.',
    evening: (planned, ran, difference) => `Planned ${planned}, as it ran ${ran} (${difference}).`,
  },
  boards: {
    kind: {
      notes: 'Board of notes',
      timeline: 'Timeline',
      progress: 'Progress circle',
      influence: 'Circles of influence',
      stakeholders: 'Stakeholder map',
      scale: 'Scale question',
      columns: 'Board of columns',
      fields: 'Board of four fields',
      cards: 'Board of cards',
    },
    picture: (title) => `The board ${title}`,
    empty: 'This board is empty.',
  },
  notesBoard: { unnamed: 'Unnamed theme', loose: 'Notes in no theme', by: (author) => `from ${author}` },
  timeline: {
    stories: 'Stories',
    eras: 'Eras',
    undated: 'Not dated yet',
    kind: { start: 'start', mijlpaal: 'milestone', succes: 'success', hobbel: 'setback', afscheid: 'farewell', anders: 'other' },
    toldBy: (teller) => `told by ${teller}`,
    reflection: 'Reflection',
    otherNotes: 'Other notes',
  },
  rings: {
    ring: (index, label) => `Ring ${index + 1}: ${label}`,
    beside: 'Beside the rings',
    nextStep: 'Next step',
    nextStepLine: (text, who, when) => [text, who && `by ${who}`, when && `on ${when}`].filter(Boolean).join(', '),
    relations: 'Lines between stakeholders',
    interests: 'interest',
    style: { sterk: 'strong tie', zwak: 'weak tie', stippel: 'loose tie' },
  },
  scale: {
    measurement: (label, when) => (when ? `${label} (${when})` : label),
    group: 'The group’s mark',
    median: 'Median',
    spread: 'Middle half',
    marks: 'Marks',
    header: { name: 'Participant', mark: 'Mark' },
    notesAt: 'Notes on the scale',
    notesLoose: 'Notes beside the scale',
    at: (value) => `at ${value}`,
  },
  areas: { axes: (x, y) => `Axes: ${x} (horizontal) and ${y} (vertical).`, loose: 'In no area yet' },
  actions: {
    title: 'Action proposals and agreements',
    proposal: (position, title) => `Action proposal ${position}: ${title}`,
    experiment: (position, title) => `Experiment ${position}: ${title}`,
    theme: 'Theme',
    members: 'Group',
    pitch: 'Pitch',
    direction: 'Direction',
    tops: 'Tops',
    tips: 'Tips',
    milestones: 'Milestones',
    milestoneHeader: { horizon: 'After', what: 'What stands then', who: 'Owner', when: 'Date' },
    horizon: { week: '1 week', month: '1 month', quarter: '1 quarter', year: '1 year' },
    questions: {
      situation: 'Current situation',
      redesign: 'New design',
      smallest: 'Smallest step',
      needs: 'What is needed',
      help: 'Who helps',
    },
    until: 'Runs until',
    learned: 'What we learned',
    notNamed: 'not named yet',
    agreements: 'Agreements',
    agreementHeader: { what: 'Agreement', who: 'Who', when: 'When' },
    none: 'No action proposals or agreements were recorded.',
  },
  participants: { title: 'Participants', count: (n) => (n === 1 ? 'There was 1 participant.' : `There were ${n} participants.`) },
  csvHeader: ['board', 'theme', 'text', 'author', 'dots'],
  mail: {
    subject: (title, date) => (date ? `Harvest: ${title}, ${date}` : `Harvest: ${title}`),
    greeting: 'Dear all,',
    intro: (title) => `Thank you for coming to ${title}. Here is the harvest of the session: the report and the milestones for your calendar.`,
    question: (question) => `Our central question was: ${question}`,
    topThemes: 'The themes with the most dots:',
    proposals: 'The action proposals and their first milestone:',
    firstStep: (deliverable, date) => (date ? `${deliverable} (${date})` : deliverable),
    thanks: 'Thank you all for your work, and good luck with the next steps!',
  },
};

export const HARVEST_TEXTS: Record<HarvestLang, HarvestTexts> = { nl, en };

export const harvestTexts = (lang: HarvestLang): HarvestTexts => HARVEST_TEXTS[lang];
