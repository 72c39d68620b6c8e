/** A network connection of this computer that a beamer in the room can reach: its name and IPv4 address. */
export interface LanInterface {
  name: string;
  address: string;
}

/** A QR code as one SVG path of unit squares on a `size` by `size` grid, quiet zone included. */
export interface QrDrawing {
  size: number;
  path: string;
}

/** Whether the room's computers may open the beamer, and where. */
export type LanStatus =
  | { on: false }
  | {
      on: true;
      interface: LanInterface;
      port: number;
      /** The address to type or scan on the venue's computer, its read-only key in the fragment. */
      url: string;
      qr: QrDrawing;
      /** Beamer pages open on it at most. */
      maxBeamers: number;
    };

/** A projector, perhaps a second one and a screen at the back: a few beamers, never a crowd. */
export const MAX_LAN_BEAMERS = 4;

/** Beside the browser host's own 4780, so that it is easy to recognise and to open in a firewall. */
export const DEFAULT_LAN_PORT = 4781;
