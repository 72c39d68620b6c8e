import type { PreviewMessages } from './preview-nl.js';

/** The facilitator's preview of what the room sees, in English, with the same keys as the Dutch. */
export const previewEn: PreviewMessages = {
  label: 'What the room sees',
  modes: {
    black: 'Black',
    board: 'Board',
    question: 'Question',
    actions: 'Action proposals',
    timer: 'Timer',
    agenda: 'Programme',
    title: 'Title',
    idle: 'Nothing yet',
  },
  showing: (mode: string) => `Beamer: ${mode}`,
  frozen: (mode: string) => `Frozen: ${mode}`,
  freeze: 'Freeze beamer',
  freezeHint: 'S: the beamer holds what it shows now until you press S again',
  expand: 'Show preview',
  collapse: 'Hide preview',
  picture: (mode: string) => `Preview of the beamer: ${mode}`,
  key: 'S: freeze the beamer or release it',
};
