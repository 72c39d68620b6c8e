import { plural } from '../i18n/plural.js';

const { count } = plural('nl');

/** The harvest and the participant guide in Dutch; the catalogues hold them as `t.harvest`. */
export const harvestNl = {
  open: 'Oogst maken',
  heading: 'Oogst maken',
  intro: 'Het verslag, een afbeelding van elk bord, de mijlpalen, de notities en een conceptmail, samen in één map.',
  close: 'Sluiten',
  names: {
    legend: 'Namen in de oogst',
    full: 'Volledige namen',
    initials: 'Alleen initialen',
    none: 'Geen namen',
    help: 'Notities van de procesbegeleider en e-mailadressen staan nooit in het verslag.',
  },
  recipients: {
    legend: 'Conceptmail aan',
    none: 'Geen deelnemer heeft een e-mailadres. De mail krijgt geen ontvangers; vul ze in je mailprogramma in.',
    withoutAddress: (n: number) => `Zonder e-mailadres (${count(n, 'deelnemer', 'deelnemers')}):`,
    chosen: (n: number, of: number) => `${n} van ${of} ontvangers gekozen`,
  },
  preview: {
    heading: 'Eerste pagina van het verslag',
    label: 'Voorbeeld van de eerste pagina van het verslag',
    contents: 'Inhoud',
    waiting: 'Het voorbeeld verschijnt zodra de gegevens van de bijeenkomst er zijn.',
  },
  size: {
    drawing: 'Afbeeldingen van de borden tekenen…',
    estimate: (megabytes: string, boards: number) => `Bijlagen van de mail: ongeveer ${megabytes} MB (${count(boards, 'bordafbeelding', 'bordafbeeldingen')}).`,
    tooBig: (megabytes: string, limit: number) => `Met de afbeeldingen is het ongeveer ${megabytes} MB, meer dan ${limit} MB: veel mailservers weigeren zo’n bericht.`,
    leaveOut: 'Afbeeldingen niet in de mail',
    leaveOutHelp: 'De map krijgt dan ook een verslag zonder afbeeldingen; dat gaat mee in de mail. De afbeeldingen blijven in de map.',
  },
  make: 'Oogst maken',
  progress: {
    board: (n: number, of: number, title: string) => `Bord ${n} van ${of}: ${title}`,
    report: 'Verslag maken…',
    label: 'Voortgang van de oogst',
  },
  done: {
    heading: 'De oogst staat klaar',
    folder: (folder: string) => `Map: ${folder}`,
    files: 'Bestanden',
    mail: (n: number) => `De conceptmail is gericht aan ${count(n, 'ontvanger', 'ontvangers')}. Open de conceptmail (.eml) om hem te versturen.`,
    mailOpened: (n: number) => `De conceptmail aan ${count(n, 'ontvanger', 'ontvangers')} staat open in je mailprogramma, klaar om te versturen.`,
    withoutImage: (titles: string) => `Zonder afbeelding, alleen als tekst: ${titles}.`,
  },
  failed: 'De oogst is niet gemaakt; er is niets half achtergebleven.',
  imageFailed: (title: string) => `De afbeelding van ‘${title}’ kon niet worden getekend.`,
  guide: {
    heading: 'Deelnemersgids',
    help: 'Om vooraf te printen: het programma met tijden, de werkinstructies en de interviewvragen met ruimte voor aantekeningen.',
    make: 'Deelnemersgids maken',
    making: 'Deelnemersgids maken…',
    done: (path: string, pages: number) => `Deelnemersgids opgeslagen (${count(pages, 'pagina', 'pagina’s')}): ${path}`,
    failed: 'De deelnemersgids is niet gemaakt.',
  },
};

export type HarvestMessages = typeof harvestNl;
