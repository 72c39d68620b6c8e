import type { BeamerLiveMessages } from './beamer-live-nl.js';

export const beamerLiveEn: BeamerLiveMessages = {
  roundOf: (n, total, label) => `Round ${n} of ${total}: ${label}`,
  roles: 'In your group, pick a reader, a time keeper and a mood keeper.',
  enableSound: 'Click here to turn the sound on',
  timeLeft: (time) => `Time left ${time}`,
  timeOver: (time) => `Over time ${time}`,
  paused: 'Paused',
  wrapUp: 'Wrap up',
  overtime: 'Over time',
  waiting: 'Waiting for what comes next',
  blackout: 'Beamer blacked out',
};
