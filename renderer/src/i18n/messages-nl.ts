/** Dutch, the default language; every other language has exactly these keys. */
export const nl = {
  appName: 'Flipover',
  language: { switchTo: 'English', label: 'Switch to English', code: 'nl' },
  link: {
    connecting: 'Verbinden met Flipover…',
    closed: 'Verbinding verbroken, opnieuw verbinden…',
  },
  sessions: {
    heading: 'Bijeenkomsten',
    empty: 'Nog geen bijeenkomsten. Maak de eerste aan met "Nieuwe bijeenkomst".',
    create: 'Nieuwe bijeenkomst',
    open: 'Openen',
    rename: 'Naam wijzigen',
    delete: 'Verwijderen',
    onBeamer: 'Op de beamer',
    untimed: 'Nog geen datum',
    listLabel: 'Lijst van bijeenkomsten',
    renameLabel: (title: string) => `Nieuwe naam voor ${title}`,
    openLabel: (title: string) => `${title} openen`,
    renameButtonLabel: (title: string) => `Naam van ${title} wijzigen`,
    deleteLabel: (title: string) => `${title} verwijderen`,
  },
  form: {
    newHeading: 'Nieuwe bijeenkomst',
    editHeading: 'Gegevens van de bijeenkomst',
    title: 'Titel',
    centralQuestion: 'Centrale vraag',
    date: 'Datum',
    venue: 'Locatie',
    startTime: 'Begintijd',
    endTime: 'Eindtijd',
    notes: 'Notities (alleen voor jou)',
    save: 'Opslaan',
    cancel: 'Annuleren',
    saved: 'Opgeslagen',
  },
  confirmDelete: {
    heading: 'Bijeenkomst verwijderen?',
    body: (title: string) => `"${title}" en alles wat erbij hoort wordt verwijderd. Dit kun je niet ongedaan maken.`,
    confirm: 'Verwijderen',
    cancel: 'Annuleren',
  },
  detail: {
    back: 'Terug naar overzicht',
    showOnBeamer: 'Op de beamer zetten',
    shownOnBeamer: 'Staat op de beamer',
  },
  beamer: {
    open: 'Beamer openen',
    nothingOpen: 'Nog geen bijeenkomst geopend',
    waiting: 'De procesbegeleider opent zo een bijeenkomst.',
  },
  errors: {
    required: (field: string) => `${field}: vul dit in.`,
    tooLong: (field: string, max: number) => `${field}: maximaal ${max} tekens.`,
    invalid: (field: string) => `${field}: deze waarde klopt niet.`,
    notFound: 'Deze bijeenkomst bestaat niet meer. Misschien is hij net verwijderd.',
    disconnected: 'Geen verbinding met Flipover. Er is niets gewijzigd; probeer het zo opnieuw.',
    internal: 'Er ging iets mis. Er is niets gewijzigd; probeer het opnieuw.',
    unknown: 'Flipover begreep deze opdracht niet. Er is niets gewijzigd.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends (...a: never[]) => string ? T[K] : Widen<T[K]> };

export type Messages = Widen<typeof nl>;
