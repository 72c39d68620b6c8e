/**
 * The deck of the vastloopsituaties werkvorm: fourteen moments in which a
 * group that tries something new gets stuck, and five ways to break a
 * pattern. Facts from the pilot's handbook, each text written anew; short
 * enough to read on a beamer at the back of the room.
 */
export interface DeckCard {
  id: string;
  family: 'vastloop' | 'doorbreker';
  title: string;
  text: string;
}

export const VASTLOOP_DECK: readonly DeckCard[] = [
  { id: 'negatieve-energie', family: 'vastloop', title: 'Negatieve energie', text: 'Iemand aan tafel ziet telkens eerst wat er mis kan gaan en blijft kritisch op alles.' },
  { id: 'lijn-vasthouden', family: 'vastloop', title: 'De lijn vasthouden', text: 'Na een tegenslag zakt het vertrouwen weg en haken mensen een voor een af.' },
  { id: 'vaardigheden-missen', family: 'vastloop', title: 'Klaar, maar het lukt niet', text: 'Nu het erop aankomt, vraagt het werk vaardigheden die de groep nog niet allemaal heeft.' },
  { id: 'dominante-eigenaar', family: 'vastloop', title: 'Eén eigenaar beslist', text: 'Er komt beweging, maar één trekker neemt elk besluit; anderen nemen daardoor geen voortouw.' },
  { id: 'er-gebeurt-niets', family: 'vastloop', title: 'Er gebeurt niets', text: 'Er wordt vergaderd en overlegd, iedereen vindt het belangrijk, maar niemand zet een stap.' },
  { id: 'geen-volgende-stap', family: 'vastloop', title: 'Geen volgende stap', text: 'Er ligt veel inzicht en inhoud, maar de groep kiest niet en komt niet van analyse naar doen.' },
  { id: 'belang-bij-stilstand', family: 'vastloop', title: 'We komen niet verder', text: 'Sommigen hebben er baat bij dat alles blijft zoals het is; anderen zien niet waar het heen moet.' },
  { id: 'enthousiasme-overbrengen', family: 'vastloop', title: 'Enthousiasme slaat niet over', text: 'Je gelooft er zelf helemaal in, maar krijgt anderen niet mee.' },
  { id: 'te-vrijblijvend', family: 'vastloop', title: 'Te vrijblijvend', text: 'Het is boeiend, maar niemand stapt echt in: hoe krijg ik dit langs mijn leidinggevende?' },
  { id: 'geen-verantwoordelijkheid', family: 'vastloop', title: 'Niemand neemt het over', text: 'Wie de plannen in de gewone organisatie moet opnemen, zegt dat het zo niet werkt of niet past.' },
  { id: 'organisatiebelang', family: 'vastloop', title: 'Verschuilen achter de organisatie', text: 'Mensen zitten er namens hun organisatie of functie en zijn zelf nooit echt aanspreekbaar.' },
  { id: 'onwerkbaar-compromis', family: 'vastloop', title: 'Een onwerkbaar compromis', text: 'Het moet met nog minder tijd en geld; zijn de mooie plannen dan nog wel haalbaar?' },
  { id: 'alleen-ideeen', family: 'vastloop', title: 'Blijven hangen in ideeën', text: 'Er komen veel creatieve ideeën, maar de groep komt niet tot focus en keuzes.' },
  { id: 'niet-weten-wat-lukte', family: 'vastloop', title: 'Gelukt, maar wat precies?', text: 'Er is iets bereikt, maar niemand kan zeggen wat het was en waarom het werkte.' },
  { id: 'andere-mensen', family: 'doorbreker', title: 'Andere mensen', text: 'Verander wie er meedoet: wissel rollen, nodig iemand nieuw uit of werk in kleinere groepen.' },
  { id: 'andere-plek', family: 'doorbreker', title: 'Andere plek', text: 'Werk eens ergens anders, liefst waar de mensen komen om wie het gaat.' },
  { id: 'anders-denken', family: 'doorbreker', title: 'Anders denken', text: 'Kijk door de ogen van een ander: een andere sector, of één partner in de keten.' },
  { id: 'anders-doen', family: 'doorbreker', title: 'Anders doen', text: 'Verander de vorm van wat je doet. Doe eens iets onverwachts.' },
  { id: 'andere-tijd', family: 'doorbreker', title: 'Andere timing', text: 'Spreek samen een deadline af, of schuif hem op om ruimte te maken.' },
];

export const deckCard = (id: string): DeckCard | undefined => VASTLOOP_DECK.find((c) => c.id === id);
