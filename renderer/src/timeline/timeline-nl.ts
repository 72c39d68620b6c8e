import type { AnecdoteKind } from '../../../shared/timeline/timeline.js';
import { plural } from '../i18n/plural.js';

const { count } = plural('nl');

/** The historielijn in Dutch; the catalogues hold it as `t.timeline`. */
export const timelineNl = {
  kindLabel: 'Soort bord',
  kinds: { notes: 'Post-its', timeline: 'Historielijn', progress: 'Progressiecirkel', influence: 'Cirkel van invloed', stakeholders: 'Stakeholdermap', scale: 'Schaalvraag', columns: 'Kolommen', fields: 'Vier velden', cards: 'Kaarten' },
  canvasLabel: (title: string) => `Historielijn ${title}`,
  count: (n: number) => count(n, 'anekdote', 'anekdotes'),
  quickEntry: 'Nieuwe anekdote',
  quickEntryText: 'Datum en titel',
  quickEntryPlaceholder: 'maart 2019 Eerste actietafel',
  quickEntryTeller: 'Verteld door (niet verplicht)',
  quickEntryHint: 'Begin met de datum zoals je die weet: 2019, maart 2019, Q3 2019, zomer ’19, kerst 2019, eind 2021. Enter bewaart, Escape stopt.',
  quickNoDate: 'Nog geen datum herkend: zonder datum komt de kaart links bij “Datum?”.',
  quickEntryClose: 'Klaar met invoeren',
  noDateFound: (text: string) => `Geen datum herkend in “${text}”. De kaart staat links bij “Datum?”: vul daar de datum in.`,
  addAnecdote: 'Anekdote toevoegen',
  undated: 'Datum?',
  now: 'nu',
  cardItem: (date: string, title: string, kind: string, teller: string) => `${date}: ${title || 'zonder titel'}. ${kind}${teller ? `, verteld door ${teller}` : ''}`,
  undatedItem: (title: string) => `Nog zonder datum: ${title}`,
  kindNames: {
    start: 'Start',
    mijlpaal: 'Mijlpaal',
    succes: 'Succes',
    hobbel: 'Hobbel',
    afscheid: 'Afscheid',
    anders: 'Anders',
  } satisfies Record<AnecdoteKind, string>,
  card: {
    heading: 'Anekdote',
    date: 'Datum',
    dateHint: 'Bijvoorbeeld: 2019, maart 2019, 15-03-2019, Q3 2019, zomer ’19, kerst 2019, eind 2021',
    title: 'Titel',
    story: 'Verhaal',
    teller: 'Verteld door',
    kind: 'Soort',
    energy: 'Energie',
    energyNone: 'Geen',
    energyLevels: { '-2': 'Heel laag', '-1': 'Laag', '0': 'Gewoon', '1': 'Hoog', '2': 'Heel hoog' } as Record<string, string>,
    save: 'Opslaan',
    remove: 'Anekdote verwijderen',
    none: 'Kies een kaart op de lijn om hem te bekijken of te wijzigen.',
  },
  era: {
    heading: 'Fasen',
    name: 'Naam van de fase',
    namePlaceholder: 'pioniersfase',
    from: 'Van',
    to: 'Tot en met',
    add: 'Fase toevoegen',
    remove: (name: string) => `Fase ${name} verwijderen`,
    invalid: 'Vul een naam en twee datums in die ik begrijp, zoals 2014 en eind 2016.',
  },
  period: {
    heading: 'Periode',
    from: 'Vanaf jaar',
    to: 'Tot en met jaar',
    apply: 'Periode instellen',
    follow: 'Volg de verhalen',
    invalid: 'Vul twee jaartallen in tussen 1900 en 2100.',
  },
  joinOrder: {
    heading: 'Volgorde van toetreden',
    intro: 'Voor het opstellen: wie kwam er het eerst bij?',
    empty: 'Nog geen deelnemers met een datum van toetreden. Vul die in bij Deelnemers.',
    unknown: 'Onbekend sinds wanneer',
  },
  reflection: {
    heading: 'Terugblik',
    answer: (question: string) => `Antwoord op: ${question}`,
    add: 'Toevoegen',
  },
  keys: 'N: nieuwe anekdote · Enter: kaart bewerken · ← →: vorige of volgende kaart (zonder kaart: verschuiven) · Alt+← →: kaart een stap eerder of later · Delete: verwijderen · F: alles in beeld · Ctrl+Z / Ctrl+Shift+Z',
};

export type TimelineMessages = typeof timelineNl;
