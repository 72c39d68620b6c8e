/** What the beamer shows of the open session: its title and question, or its programme. */
export const BEAMER_VIEWS = ['title', 'agenda'] as const;
export type BeamerView = (typeof BEAMER_VIEWS)[number];
