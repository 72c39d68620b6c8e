import type { QrDrawing } from '../../../shared/lan/lan.js';

/** Main's QR code as crisp SVG: dark squares on white, whatever the theme, so that any phone reads it. */
export function QrCode({ qr, label }: { qr: QrDrawing; label: string }) {
  return (
    <svg className="lan-qr" viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={qr.size} height={qr.size} fill="#ffffff" />
      <path d={qr.path} fill="#000000" />
    </svg>
  );
}
