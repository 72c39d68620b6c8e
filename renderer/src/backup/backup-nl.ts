/** The back-ups view in Dutch; the catalogues hold it as `t.backup`. */
export const backupNl = {
  open: 'Back-ups',
  heading: 'Back-ups',
  back: 'Terug naar bijeenkomsten',
  intro:
    'Flipover maakt zelf back-ups: bij het starten en elk uur als er iets is veranderd, bij het afsluiten en vóór een update. Ze staan in de map backups naast het gegevensbestand. Er blijven er tien bewaard, en van de laatste twee weken één per dag.',
  makeNow: 'Nu een back-up maken',
  made: (when: string) => `Back-up van ${when} gemaakt.`,
  none: 'Nog geen back-ups. De eerste komt bij het afsluiten, of maak er nu een.',
  listLabel: 'Lijst van back-ups, nieuwste eerst',
  columns: { when: 'Gemaakt op', reason: 'Waarom', sessions: 'Bijeenkomsten', size: 'Grootte', action: 'Terugzetten' },
  reasons: {
    start: 'bij het starten',
    hourly: 'elk uur',
    quit: 'bij het afsluiten',
    migration: 'vóór een update',
    manual: 'met de hand',
  },
  unreadable: 'onleesbaar',
  restore: 'Terugzetten',
  restoreLabel: (when: string) => `Back-up van ${when} terugzetten`,
  confirmHeading: 'Deze back-up terugzetten?',
  confirmBody: (when: string, sessions: string) =>
    `Flipover gaat terug naar de stand van ${when} (${sessions}). Wat sindsdien is veranderd, staat daarna niet meer in Flipover. Het huidige bestand wordt niet verwijderd: het blijft met de datum van vandaag in de gegevensmap staan. Alle vensters, ook de beamer, tonen meteen de teruggezette stand.`,
  sessionCount: (n: number) => (n === 1 ? '1 bijeenkomst' : `${n} bijeenkomsten`),
  confirm: 'Terugzetten',
  cancel: 'Annuleren',
  restored: (when: string, setAside: string) => `De back-up van ${when} is teruggezet. Het vorige bestand staat opzij als ${setAside}.`,
};

export type BackupMessages = typeof backupNl;
