import type { StoreErrorKind } from './store/store-error.js';

/** What a person reads when Flipover cannot start, in Dutch; the log has the English. */
export const startProblemNl = {
  locked: (dir: string, who: string, lockFile: string) =>
    `De gegevensmap ${dir} is al in gebruik door ${who}, die het slot ${lockFile} vasthoudt. Sluit die eerst en start dan opnieuw.`,
  holder: (kind: string, pid: number, since: string) =>
    `Flipover (${kind === 'browser host' ? 'de browserversie' : 'de desktop-app'}, proces ${pid}, gestart ${since})`,
  anotherFlipover: 'een andere Flipover',
  store: {
    disk_full: (file: string) =>
      `De schijf met ${file} is vol, dus Flipover kan niets bewaren en start niet. Er is niets verloren. Maak ruimte vrij en start opnieuw.`,
    database_read_only: (file: string) =>
      `Het gegevensbestand ${file} mag alleen gelezen worden, dus Flipover kan niets bewaren en start niet. Er is niets verloren. Maak het bestand weer beschrijfbaar en start opnieuw.`,
    folder_read_only: (file: string) =>
      `In de gegevensmap ${file} mag niet geschreven worden, dus Flipover kan niets bewaren en start niet. Er is niets verloren. Geef weer schrijfrechten op de map, of kies een andere map, en start opnieuw.`,
    too_new: (file: string) => `Het gegevensbestand ${file} komt uit een nieuwere versie van Flipover. Het is niet aangeraakt. Werk Flipover bij om het te openen.`,
    damaged: (file: string) => `Het gegevensbestand ${file} is beschadigd. Het is niet aangeraakt.`,
    empty: (file: string) => `Het gegevensbestand ${file} is leeg (0 bytes): de bijeenkomsten die erin stonden, zijn daar niet meer. Het is niet aangeraakt.`,
    open_failed: (file: string) => `Flipover kan het gegevensbestand ${file} niet openen.`,
  } satisfies Record<StoreErrorKind, (file: string) => string>,
  backupOffer: (when: string, sessions: number | null) =>
    `De nieuwste goede back-up is van ${when}${sessions === null ? '' : ` (${sessions === 1 ? '1 bijeenkomst' : `${sessions} bijeenkomsten`})`}.`,
  restoreWithFlag: 'Start met --restore-backup om die terug te zetten; het huidige bestand wordt dan opzij gezet, niet verwijderd.',
  restoreQuestion: 'Wilt u die terugzetten? Het huidige bestand wordt dan opzij gezet, niet verwijderd.',
  noBackup: 'Er is geen goede back-up. Zet het bestand opzij om met een lege Flipover te beginnen.',
  restored: (when: string, setAside: string) => `De back-up van ${when} is teruggezet. Het vorige bestand staat opzij als ${setAside}.`,
  nothingToRestore: (folder: string) => `Er is geen goede back-up in ${folder}; er is niets gewijzigd.`,
  unknown: (message: string) => `Flipover kon niet starten: ${message}`,
  dialogTitle: 'Flipover kan niet starten',
  restoreButton: 'Back-up terugzetten',
  quitButton: 'Afsluiten',
};
