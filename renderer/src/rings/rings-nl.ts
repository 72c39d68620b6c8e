import { plural } from '../i18n/plural.js';

const { count } = plural('nl');

/** The ring boards in Dutch; the catalogues hold them as `t.rings`. */
export const ringsNl = {
  canvasLabel: (title: string) => `Ringen ${title}`,
  hub: 'Wij',
  list: 'Nog niet in een ring',
  listIntro: 'Wat kost mij tijd? Schrijf alles op; sleep het daarna naar een ring, of kies een post-it en druk 1, 2, 3 of 4.',
  ringItem: (label: string, notes: number) => `${label}: ${count(notes, 'post-it', 'post-its')}`,
  noteItem: (text: string, ring: string, extra: string) => `Post-it: ${text}. ${ring}${extra}`,
  // Without a name when the session shows none on the beamer.
  nextStepMark: (who: string, when: string) => `, volgende stap${who ? ` voor ${who}` : ''} op ${when}`,
  addNote: 'Post-it toevoegen',
  quickEntryText: 'Tekst van de post-it',
  quickEntryHint: 'Enter bewaart en opent de volgende, Escape stopt. Nieuwe post-its komen in de lijst naast de ringen.',
  quickEntryClose: 'Klaar met invoeren',
  sendTo: (label: string) => `Naar ${label}`,
  toList: 'Terug naar de lijst',
  selectedNone: 'Kies een post-it op het bord.',
  nextStep: {
    heading: 'Volgende stap',
    intro: 'Laaghangend fruit: wat pakken we als eerste op?',
    who: 'Wie',
    when: 'Wanneer',
    whenHint: 'Bijvoorbeeld: volgende week dinsdag, morgen, over twee weken, 15 maart',
    whoMissing: 'Vul in wie het oppakt.',
    mark: 'Markeer als volgende stap',
    clear: 'Geen volgende stap meer',
    shown: (who: string, when: string) => `Volgende stap: ${who ? `${who}, ` : ''}${when}`,
    onlyOuter: 'Een volgende stap kies je uit de buitenste ring.',
  },
  interests: { label: 'Belangen', save: 'Belangen opslaan' },
  relations: {
    heading: 'Relaties',
    from: 'Van',
    to: 'Naar',
    style: 'Soort lijn',
    styles: { sterk: 'Sterk', zwak: 'Zwak', stippel: 'Gestippeld' } as Record<string, string>,
    add: 'Relatie toevoegen',
    remove: (from: string, to: string) => `Relatie ${from} – ${to} verwijderen`,
    item: (from: string, to: string, style: string) => `${from} – ${to} (${style})`,
    empty: 'Nog geen relaties.',
  },
  ringsHeading: 'Ringen',
  ringName: (n: number) => `Naam van ring ${n}`,
  addRing: 'Ring toevoegen',
  removeRing: 'Buitenste ring weghalen',
  renameRing: 'Naam opslaan',
  keys: 'N: nieuwe post-it · 1–4: naar die ring · 0: terug naar de lijst · pijltjes: naar de volgende · Enter: bewerken · P: vastzetten of weer laten schikken · Delete: verwijderen · F: alles in beeld · Alt+slepen: vastzetten waar je loslaat · Ctrl+Z / Ctrl+Shift+Z',
};

export type RingsMessages = typeof ringsNl;
