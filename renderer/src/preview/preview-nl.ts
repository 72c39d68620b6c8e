import type { BeamerMode } from '../../../shared/beamer/beamer-mode.js';

/** The facilitator's preview of what the room sees, in Dutch. */
export const previewNl = {
  label: 'Wat de zaal ziet',
  modes: {
    black: 'Zwart',
    board: 'Bord',
    question: 'Vraag',
    actions: 'Actievoorstellen',
    timer: 'Timer',
    agenda: 'Programma',
    title: 'Titel',
    idle: 'Nog niets',
  } satisfies Record<BeamerMode, string>,
  showing: (mode: string) => `Beamer: ${mode}`,
  frozen: (mode: string) => `Bevroren: ${mode}`,
  freeze: 'Beamer bevriezen',
  freezeHint: 'S: de beamer houdt vast wat hij nu toont, tot je weer op S drukt',
  expand: 'Voorbeeld tonen',
  collapse: 'Voorbeeld verbergen',
  picture: (mode: string) => `Voorbeeld van de beamer: ${mode}`,
  key: 'S: beamer bevriezen of weer vrijgeven',
};

export type PreviewMessages = typeof previewNl;
