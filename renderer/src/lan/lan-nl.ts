/** The beamer on the room's network in Dutch; the catalogues hold them as `t.lan`. */
export const lanNl = {
  open: 'Beamer via netwerk',
  heading: 'Beamer op een andere computer',
  intro:
    'Open de beamer in de browser van een computer in de zaal, bijvoorbeeld de pc die aan de projector hangt. Die computer kan alleen kijken: het facilitatorscherm en alle wijzigingen blijven op deze computer.',
  chooseInterface: 'Netwerkverbinding',
  start: 'Aanzetten',
  stop: 'Uitzetten',
  close: 'Sluiten',
  loading: 'Netwerkverbindingen zoeken…',
  off: 'Staat uit. Geen enkele andere computer kan Flipover nu bereiken.',
  onAt: (name: string) => `Staat aan op ${name}.`,
  address: 'Adres voor de beamer',
  copy: 'Adres kopiëren',
  copied: 'Adres gekopieerd.',
  qr: 'QR-code van het adres voor de beamer',
  howTo: (max: number) =>
    `Typ dit adres in de browser van de computer in de zaal, of scan de code. Hooguit ${max} beamers tegelijk. Bij uitzetten vervalt het adres; aanzetten geeft een nieuw.`,
  stopped: 'Uitgezet. Het adres werkt niet meer en open beamers op andere computers zijn afgesloten.',
  noInterface:
    'Deze computer heeft geen netwerkverbinding die een andere computer kan bereiken. Verbind beide met hetzelfde (wifi-)netwerk of met een netwerkkabel en probeer het opnieuw.',
  portTaken:
    'De poort voor de beamer is op deze verbinding al in gebruik door een ander programma (of een andere Flipover). Sluit dat programma of kies een andere verbinding.',
  unavailable:
    'Deze netwerkverbinding is er niet (meer). Misschien is de wifi of de kabel net losgeraakt. Kies opnieuw een verbinding.',
};

export type LanMessages = typeof lanNl;
