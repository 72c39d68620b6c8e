import type { LanMessages } from './lan-nl.js';

export const lanEn: LanMessages = {
  open: 'Beamer over the network',
  heading: 'Beamer on another computer',
  intro:
    "Open the beamer in the browser of a computer in the room, such as the PC connected to the projector. That computer can only watch: the facilitator's screen and every change stay on this computer.",
  chooseInterface: 'Network connection',
  start: 'Turn on',
  stop: 'Turn off',
  close: 'Close',
  loading: 'Looking for network connections…',
  off: 'Off. No other computer can reach Flipover now.',
  onAt: (name: string) => `On, on ${name}.`,
  address: 'Address for the beamer',
  copy: 'Copy address',
  copied: 'Address copied.',
  qr: 'QR code of the address for the beamer',
  howTo: (max: number) =>
    `Type this address into the browser of the computer in the room, or scan the code. At most ${max} beamers at once. Turning it off voids the address; turning it on gives a new one.`,
  stopped: 'Turned off. The address no longer works and beamers open on other computers were closed.',
  noInterface:
    'This computer has no network connection another computer can reach. Connect both to the same (Wi-Fi) network or with a network cable and try again.',
  portTaken:
    'The port for the beamer is already used on this connection by another program (or another Flipover). Close that program or choose another connection.',
  unavailable: 'This network connection is not (or no longer) there. The Wi-Fi or the cable may have just dropped. Choose a connection again.',
};
