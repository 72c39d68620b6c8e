/** Dutch text of the beamer's live screen. */
export const beamerLiveNl = {
  roundOf: (n: number, total: number, label: string) => `Ronde ${n} van ${total}: ${label}`,
  roles: 'Kies in je groep een voorlezer, een tijdbewaker en een sfeerbewaker.',
  enableSound: 'Klik hier om het geluid aan te zetten',
  /** The countdown's accessible name; `time` without the plus sign. */
  timeLeft: (time: string) => `Resterende tijd ${time}`,
  timeOver: (time: string) => `Over tijd ${time}`,
  paused: 'Gepauzeerd',
  wrapUp: 'Afronden',
  overtime: 'Over tijd',
  /** A phase that waits for the facilitator, with time left in its block: calm, not late. */
  waiting: 'Wacht op het vervolg',
  blackout: 'Beamer op zwart',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };
export type BeamerLiveMessages = Widen<typeof beamerLiveNl>;
