import { plural } from '../i18n/plural.js';

const { count, pick } = plural('nl');

/** The participants panel in Dutch; the catalogues hold it as `t.participants`. */
export const participantsNl = {
  heading: 'Deelnemers',
  count: (n: number) => count(n, 'deelnemer', 'deelnemers'),
  empty: 'Nog geen deelnemers. Voeg ze één voor één toe, of plak een lijst uit een spreadsheet.',
  tableCaption: 'Deelnemers van deze bijeenkomst',
  columns: {
    name: 'Naam',
    organisation: 'Organisatie',
    role: 'Rol',
    jobTitle: 'Functie',
    email: 'E-mail',
    joinedMonth: 'Sinds',
    actions: 'Acties',
  },
  roles: {
    deelnemer: 'Deelnemer',
    voorbereider: 'Voorbereider',
    procesbegeleider: 'Procesbegeleider',
  },
  delete: 'Verwijderen',
  deleteLabel: (name: string) => `${name} verwijderen`,
  deleted: (name: string) => `${name} is verwijderd.`,
  undo: 'Ongedaan maken',
  undoLabel: (name: string) => `${name} terugzetten`,
  notFound: 'Deze deelnemer of bijeenkomst bestaat niet meer. Misschien is die net verwijderd.',
  add: {
    heading: 'Deelnemer toevoegen',
    name: 'Naam',
    organisation: 'Organisatie',
    role: 'Rol',
    jobTitle: 'Functie (niet verplicht)',
    jobTitleHint: 'Wat iemand doet, bijvoorbeeld wethouder of wijkagent.',
    email: 'E-mail (niet verplicht)',
    joinedMonth: 'In de samenwerking sinds (niet verplicht)',
    joinedHint: 'Maand en jaar, bijvoorbeeld 2019-03 of maart 2019.',
    joinedInvalid: 'In de samenwerking sinds: schrijf maand en jaar, bijvoorbeeld maart 2019.',
    submit: 'Toevoegen',
    added: (name: string) => `${name} is toegevoegd. Je kunt meteen de volgende typen.`,
  },
  paste: {
    heading: 'Lijst plakken',
    intro:
      'Kopieer de rijen in je spreadsheet (Excel, Google Spreadsheets) en plak ze hieronder, met of zonder kopregel. Met een kopregel mogen de kolommen in elke volgorde staan; zonder kopregel worden e-mailadressen, datums en rollen herkend en is de volgorde verder: naam, organisatie, rol. Een onbekende rol wordt de functie. Er wordt niets opgeslagen voordat je het voorbeeld bevestigt.',
    textareaLabel: 'Plak hier een lijst uit een spreadsheet',
    preview: 'Voorbeeld bekijken',
    nothingPasted: 'Plak eerst een lijst in het tekstvak.',
    previewHeading: 'Voorbeeld',
    headerFound: 'De eerste regel is gelezen als kopregel met de namen van de kolommen.',
    unusedHeadings: (headings: string) => `Deze kolommen worden niet gebruikt: ${headings}.`,
    unusedColumns: (columns: string) => `Niet gebruikt, want zonder herkenbare kop: kolom ${columns}.`,
    status: (readable: number, unreadable: number) =>
      `${count(readable, 'deelnemer', 'deelnemers')} ${pick(readable, 'kan', 'kunnen')} worden toegevoegd, ${count(unreadable, 'regel', 'regels')} niet`,
    statusAllReadable: (readable: number) =>
      pick(readable, `${count(readable, 'deelnemer', 'deelnemers')} kan worden toegevoegd`, `Alle ${readable} deelnemers kunnen worden toegevoegd`),
    noneReadable: 'Geen enkele regel kon worden gelezen. Pas de lijst aan en bekijk het voorbeeld opnieuw.',
    tooMany: (max: number) => `Er ${pick(max, 'kan', 'kunnen')} maximaal ${count(max, 'deelnemer', 'deelnemers')} tegelijk worden toegevoegd. Plak de lijst in delen.`,
    problemsHeading: 'Deze regels worden niet toegevoegd',
    problemLine: (line: number, reasons: string) => `Regel ${line}: ${reasons}`,
    warningsHeading: 'Bij deze regels blijft iets leeg',
    warningsCount: (n: number) => (n === 1 ? 'bij 1 regel blijft iets leeg' : `bij ${n} regels blijft iets leeg`),
    tableCaption: 'Voorbeeld van de geplakte lijst',
    line: 'Regel',
    check: 'Controle',
    readable: 'Goed',
    readableWithWarnings: (reasons: string) => `Toegevoegd, maar ${reasons}`,
    unreadable: (reasons: string) => `Niet toegevoegd: ${reasons}`,
    confirm: (n: number) => `${count(n, 'deelnemer', 'deelnemers')} toevoegen`,
    cancel: 'Annuleren',
    imported: (n: number) => `${count(n, 'deelnemer', 'deelnemers')} ${pick(n, 'is', 'zijn')} toegevoegd.`,
    /** Why a row is not added, or what of it stays empty; `column` is one of `columnNames`. */
    reasons: {
      missing_name: (_value: string, _column: string) => 'naam ontbreekt',
      invalid_email: (value: string, _column: string) => `e-mailadres klopt niet en blijft leeg (${value})`,
      invalid_month: (value: string, _column: string) => `'sinds' is geen maand en jaar en blijft leeg (${value})`,
      too_long: (value: string, column: string) => `${column} is te lang${column === 'naam' ? '' : ' en blijft leeg'} (${value})`,
    },
    columnNames: {
      name: 'naam',
      organisation: 'organisatie',
      role: 'rol',
      jobTitle: 'functie',
      email: 'e-mailadres',
      joined: 'sinds',
    },
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends (...a: never[]) => string ? T[K] : Widen<T[K]> };

/** The shape every language's participants messages have. */
export type ParticipantMessages = Widen<typeof participantsNl>;
