import { plural } from '../i18n/plural.js';

const { count } = plural('nl');

/** Dutch text of a werkvorm in the room: the positive theme, the questions, the block on the live panel, the packing list. */
export const roomNl = {
  theme: {
    label: 'Positief thema',
    hint: 'Kort, zoals het midden in een zin leest, bijvoorbeeld ‘samenwerking rond de inwoner’. Het komt in instructies en vragen waar {thema} staat.',
    missing: 'Dit onderdeel noemt het positieve thema, maar dat is nog niet ingevuld: de beamer toont dan ‘ons thema’. Vul het in bij Gegevens.',
    unknown: (words: string) => `Onbekende invulplek ${words}: de beamer toont alleen het woord.`,
  },
  questions: {
    heading: 'Vragen',
    hint: '{thema} wordt het positieve thema. In deze volgorde op de beamer en in de gids voor deelnemers.',
    question: (n: number) => `Vraag ${n}`,
    moveUp: (n: number) => `Vraag ${n} omhoog`,
    moveDown: (n: number) => `Vraag ${n} omlaag`,
    remove: (n: number) => `Vraag ${n} verwijderen`,
    newLabel: 'Nieuwe vraag',
    add: 'Vraag toevoegen',
    addSet: (name: string) => `Vragenset toevoegen: ${name}`,
    empty: 'Nog geen vragen.',
    emptyQuestion: (n: number) => `Vraag ${n}: vul een vraag in, of verwijder hem.`,
    full: (max: number) => `Een onderdeel heeft hoogstens ${max} vragen.`,
    keys: 'Alt+↑/↓ verplaatst de vraag waar je in staat.',
  },
  live: {
    heading: 'Bij dit onderdeel',
    notes: 'Notities voor jou',
    noNotes: 'Geen notities.',
    materials: 'Materialen',
    noMaterials: 'Geen materialen.',
    grouping: 'Werkvorm in',
    roles: 'Rollen: voorlezer, tijdbewaker en sfeerbewaker.',
    phaseGrouping: (phase: string, grouping: string) => `${phase}: ${grouping}`,
    openBoard: 'Bord van dit onderdeel openen',
    makeBoard: 'Bord voor dit onderdeel maken',
    questions: 'Vragen',
    noQuestions: 'Dit onderdeel heeft geen vragen.',
    onBeamer: 'op de beamer',
    showQuestion: (n: number) => `Vraag ${n} op de beamer`,
    previous: 'Vorige vraag',
    next: 'Volgende vraag',
    showAll: 'Alle vragen op de beamer',
    allOnBeamer: 'Alle vragen staan op de beamer',
    takeOff: 'Vragen van de beamer',
    keys: 'PageDown volgende vraag · PageUp vorige vraag · V vraag aan of uit · L alle vragen',
  },
  beamer: {
    questionOf: (n: number, total: number) => `Vraag ${n} van ${total}`,
    questions: (n: number) => count(n, 'vraag', 'vragen'),
  },
  packing: {
    tab: 'Paklijst',
    heading: 'Paklijst',
    intro: 'Alle materialen van het programma, elk één keer, met de onderdelen die ze nodig hebben.',
    empty: 'Geen enkel onderdeel noemt materialen. Vul ze in bij de onderdelen van het programma.',
    print: 'Afdrukken',
    count: (n: number) => count(n, 'ding', 'dingen'),
    for: 'Voor',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends (...args: never[]) => unknown ? T[K] : Widen<T[K]> };
export type RoomMessages = Widen<typeof roomNl>;
