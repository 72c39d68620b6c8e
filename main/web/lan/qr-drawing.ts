import { create } from 'qrcode/lib/core/qrcode.js';
import type { QrDrawing } from '../../../shared/lan/lan.js';

/** The four modules of light around the code that a scanner needs to find it. */
const QUIET_ZONE = 4;

/**
 * The address as a QR code, drawn as one path of unit squares: the window
 * shows it as crisp SVG at any size, with nothing fetched and no script.
 */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: parts.join('') };
}
