import { plural } from '../i18n/plural.js';

const { count } = plural('nl');

/** The boards in Dutch; the catalogues hold them as `t.board`. */
export const boardNl = {
  tab: 'Borden',
  heading: 'Borden',
  empty: 'Nog geen borden. Maak er een voor de post-its van een werkvorm.',
  newBoard: 'Nieuw bord',
  titleLabel: 'Naam van het bord',
  titlePlaceholder: 'Bijvoorbeeld: Wat werkt er al?',
  blockLabel: 'Bij onderdeel (niet verplicht)',
  noBlock: 'Geen onderdeel',
  create: 'Bord maken',
  open: (title: string) => `${title} openen`,
  allBoards: 'Alle borden',
  summary: (notes: number, clusters: number) => `${count(notes, 'post-it', 'post-its')}, ${count(clusters, 'thema', "thema's")}`,
  canvasLabel: (title: string) => `Bord ${title}`,
  toolbar: 'Bordgereedschap',
  quickEntry: 'Nieuwe post-it',
  quickEntryHint: 'Enter bewaart en opent de volgende, Escape stopt.',
  quickEntryText: 'Tekst van de post-it',
  quickEntryAuthor: 'Van (niet verplicht)',
  quickEntryClose: 'Klaar met invoeren',
  imageLabel: 'Afbeelding',
  imageEmpty: 'Het bord is nog leeg: er is niets om op te slaan.',
  imageFailed: 'De afbeelding kon niet worden gemaakt. Er is niets opgeslagen.',
  addNote: 'Post-it toevoegen',
  makeCluster: 'Thema van selectie',
  newClusterName: 'Nieuw thema',
  rename: 'Naam wijzigen',
  renameLabel: 'Naam van het thema',
  editLabel: 'Tekst van de post-it',
  tidy: 'Opruimen',
  merge: 'Thema’s samenvoegen',
  collapse: 'Inklappen',
  expand: 'Uitklappen',
  remove: 'Verwijderen',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  fit: 'Alles in beeld',
  actualSize: '100%',
  zoomLevel: (percent: number) => `Zoom ${percent}%`,
  lasso: 'Lasso',
  colour: 'Kleur',
  colours: ['Geel', 'Oranje', 'Lichtblauw', 'Blauwgroen', 'Roze', 'Grijs'],
  voteUp: 'Stip erbij',
  voteDown: 'Stip eraf',
  ranking: 'Stemmen per thema',
  rankingEmpty: 'Nog geen thema’s.',
  votes: (n: number) => count(n, 'stip', 'stippen'),
  resetVotes: 'Stemmen wissen',
  resetConfirmTitle: 'Alle stemmen wissen?',
  resetConfirmBody: 'Alle stippen op dit bord gaan weg. Met Ongedaan maken krijg je ze terug.',
  resetConfirm: 'Wissen',
  cancel: 'Annuleren',
  saveImage: 'Afbeelding opslaan',
  savedImage: (path: string) => `Opgeslagen: ${path}`,
  savingImage: 'Afbeelding maken…',
  onBeamer: 'Op de beamer',
  showOnBeamer: 'Toon op beamer',
  beamerFollows: 'Beamer volgt mijn beeld',
  beamerShowsAll: 'Beamer toont alles',
  clusterLabel: (notes: number, votes: number) => `${count(notes, 'post-it', 'post-its')}${votes > 0 ? ` · ${count(votes, 'stip', 'stippen')}` : ''}`,
  noteItem: (text: string, colour: string, votes: number, author: string) =>
    `Post-it: ${text}. ${colour}${author ? `, van ${author}` : ''}${votes > 0 ? `, ${count(votes, 'stip', 'stippen')}` : ''}`,
  clusterItem: (name: string, notes: number, votes: number, collapsed: boolean) =>
    `Thema: ${name || 'zonder naam'}, ${count(notes, 'post-it', 'post-its')}, ${count(votes, 'stip', 'stippen')}${collapsed ? ', ingeklapt' : ''}`,
  loose: 'Nog niet in een thema',
  selected: (n: number) => (n === 0 ? 'Niets geselecteerd' : `${n} geselecteerd`),
  keys: 'N of Enter: nieuwe post-it · F2: bewerken · Home: naar het eerste · pijltjes: verschuiven of naar de volgende · Alt+pijltjes: verplaatsen · Shift+slepen: lasso · G: thema · T: opruimen · C: in-/uitklappen · M: samenvoegen · 1–9: stippen · −: stip eraf · F: alles in beeld · Ctrl+Z / Ctrl+Shift+Z',
  pasteFailed: 'Er was niets om te plakken.',
};

export type BoardMessages = {
  [K in keyof typeof boardNl]: (typeof boardNl)[K] extends string
    ? string
    : (typeof boardNl)[K] extends readonly string[]
      ? string[]
      : (typeof boardNl)[K];
};
