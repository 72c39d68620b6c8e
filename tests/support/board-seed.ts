import { NOTE_HEIGHT, NOTE_WIDTH } from '../../shared/board/board.js';
import type { BoardCommand } from '../../shared/board/board-schema.js';

/** What a room said in a discovery round on "samen sterk in de wijk", by theme. */
export const ROOM_THEMES: { name: string; notes: { text: string; author?: string }[] }[] = [
  {
    name: 'Elkaar ontmoeten',
    notes: [
      { text: 'De buurtkamer is elke ochtend open', author: 'Fatima' },
      { text: 'Koffie bij de bieb op vrijdag' },
      { text: 'Samen koken met nieuwe buren', author: 'Henk' },
      { text: 'Straatfeest dat bewoners zelf organiseren' },
      { text: 'Moestuin achter het wijkcentrum' },
      { text: 'Wandelgroep voor ouderen op dinsdag', author: 'Ria' },
      { text: 'Een bankje bij de speeltuin' },
      { text: 'Open eettafel voor iedereen' },
      { text: 'Burendag met de woningcorporatie' },
      { text: 'Spelletjesmiddag in het buurthuis' },
    ],
  },
  {
    name: 'Korte lijnen',
    notes: [
      { text: 'Wijkagent kent de jongeren bij naam', author: 'Sandra' },
      { text: 'Eén telefoonnummer voor alle vragen' },
      { text: 'Wekelijks wijkoverleg met alle partners' },
      { text: 'Huisarts en wijkteam zitten in één gebouw' },
      { text: 'Zonder verwijzing binnenlopen bij het wijkteam' },
      { text: 'We bellen elkaar gewoon even op' },
      { text: 'Gezamenlijk spreekuur schuldhulp en wijkteam', author: 'Marco' },
      { text: 'Casusoverleg binnen een week gepland' },
      { text: 'De wethouder komt zelf langs' },
      { text: 'Vaste contactpersoon bij de corporatie' },
    ],
  },
  {
    name: 'Jongeren doen mee',
    notes: [
      { text: 'Jongerenraad adviseert over het speelveld' },
      { text: 'Huiswerkbegeleiding door studenten', author: 'Yusuf' },
      { text: 'Voetbal op vrijdagavond in de kooi' },
      { text: 'Jongeren maken de wijkkrant' },
      { text: 'Stageplekken bij lokale ondernemers' },
      { text: 'Een eigen plek in het wijkcentrum' },
      { text: 'Jongerenwerker op straat, niet achter een bureau' },
      { text: 'Maatjes voor de overstap naar het voortgezet onderwijs' },
      { text: 'Muziekstudio in de oude school' },
      { text: 'Jongeren helpen ouderen met hun telefoon' },
    ],
  },
  {
    name: 'Mantelzorg',
    notes: [
      { text: 'Respijtzorg die je zelf kunt regelen' },
      { text: 'Lotgenotengroep voor jonge mantelzorgers', author: 'Ineke' },
      { text: 'De mantelzorgwaardering wordt persoonlijk gebracht' },
      { text: 'Buren die boodschappen doen' },
      { text: 'Dagbesteding dichtbij huis' },
      { text: 'Een vast aanspreekpunt voor mantelzorgers' },
      { text: 'Even ontlasten met een oppas-vrijwilliger' },
      { text: 'Informatieavond over dementie in de kerk' },
      { text: 'Werkgevers die flexibel zijn' },
      { text: 'Praatcafé voor partners' },
    ],
  },
  {
    name: 'Iedereen kan meedoen',
    notes: [
      { text: 'Formulieren in begrijpelijke taal' },
      { text: 'Taalcafé twee keer per week', author: 'Anouk' },
      { text: 'Gratis vervoer naar activiteiten' },
      { text: 'Rolstoeltoegankelijke ingang bij het buurthuis' },
      { text: 'Meertalige welkomstmap' },
      { text: 'Activiteiten ook in de avond' },
      { text: 'Digitaal spreekuur in de bibliotheek' },
      { text: 'Meedoenregeling zonder gedoe' },
      { text: 'Ervaringsdeskundigen in het team' },
      { text: 'Kinderopvang tijdens bewonersavonden' },
    ],
  },
  {
    name: 'Vrijwilligers',
    notes: [
      { text: 'Vrijwilligers krijgen een bedankdiner' },
      { text: 'Klein klussen: een uurtje kan ook', author: 'Peter' },
      { text: 'Vrijwilligerscentrale matcht snel' },
      { text: 'Training voor gastvrouwen en -heren' },
      { text: 'Repair café elke eerste zaterdag' },
      { text: 'Statushouders als vrijwilliger bij de voedselbank' },
      { text: 'Een vrijwilligersvergoeding die klopt' },
      { text: 'Buddy’s voor nieuwe bewoners' },
      { text: 'Samen de wijk schoonhouden' },
      { text: 'Verhalen van vrijwilligers in de wijkkrant' },
    ],
  },
];

const GAP = 16;
const COLUMNS = 4;

/**
 * Commands that build a board of notes in themes: every theme a block of
 * notes laid in a grid, then made a cluster. Themes repeat (with a number)
 * when more are asked for than the room said; `perTheme` repeats notes.
 * `perRow` themes side by side; by default the board is about square.
 */
export function themedBoard(themes: number, perTheme: number, idPrefix = 'n', perRow = Math.ceil(Math.sqrt(themes * 1.2))): BoardCommand[] {
  const commands: BoardCommand[] = [];
  const blockWidth = COLUMNS * (NOTE_WIDTH + GAP) + 100;
  const blockHeight = Math.ceil(perTheme / COLUMNS) * (NOTE_HEIGHT + GAP) + 180;
  for (let t = 0; t < themes; t++) {
    const theme = ROOM_THEMES[t % ROOM_THEMES.length]!;
    const left = 840 + (t % perRow) * blockWidth;
    const top = Math.floor(t / perRow) * blockHeight + 100;
    const notes = Array.from({ length: perTheme }, (_, i) => {
      const source = theme.notes[i % theme.notes.length]!;
      return {
        id: `${idPrefix}${t}-${i}`,
        text: source.text,
        color: t % 6,
        ...(source.author ? { author: source.author } : {}),
        x: left + (i % COLUMNS) * (NOTE_WIDTH + GAP),
        y: top + Math.floor(i / COLUMNS) * (NOTE_HEIGHT + GAP),
      };
    });
    for (let i = 0; i < notes.length; i += 500) commands.push({ op: 'pasteNotes', notes: notes.slice(i, i + 500) });
    const name = t < ROOM_THEMES.length ? theme.name : `${theme.name} ${Math.floor(t / ROOM_THEMES.length) + 1}`;
    commands.push({ op: 'makeCluster', id: `c${t}`, name, noteIds: notes.map((n) => n.id) });
  }
  return commands;
}

/**
 * Ideas in the order a room calls them out in a discovery round, themes mixed
 * as they come; the 1st, 4th and 10th are about meeting each other.
 */
export const CALLED_OUT: string[] = [
  'De buurtkamer is elke ochtend open',
  'Wijkagent kent de jongeren bij naam',
  'Respijtzorg die je zelf kunt regelen',
  'Samen koken met nieuwe buren',
  'Eén telefoonnummer voor alle vragen',
  'Huiswerkbegeleiding door studenten',
  'Formulieren in begrijpelijke taal',
  'Repair café elke eerste zaterdag',
  'Wekelijks wijkoverleg met alle partners',
  'Open eettafel voor iedereen',
  'Jongerenwerker op straat, niet achter een bureau',
  'Lotgenotengroep voor jonge mantelzorgers',
  'Taalcafé twee keer per week',
  'Huisarts en wijkteam zitten in één gebouw',
  'Voetbal op vrijdagavond in de kooi',
  'Buren die boodschappen doen',
  'Gratis vervoer naar activiteiten',
  'Vrijwilligers krijgen een bedankdiner',
  'Zonder verwijzing binnenlopen bij het wijkteam',
  'Jongeren maken de wijkkrant',
  'Dagbesteding dichtbij huis',
  'Meertalige welkomstmap',
  'Klein klussen: een uurtje kan ook',
  'Casusoverleg binnen een week gepland',
  'Stageplekken bij lokale ondernemers',
  'Informatieavond over dementie in de kerk',
  'Activiteiten ook in de avond',
  'Buddy’s voor nieuwe bewoners',
  'De wethouder komt zelf langs',
  'Muziekstudio in de oude school',
  'Praatcafé voor partners van mantelzorgers',
  'Kinderopvang tijdens bewonersavonden',
];
