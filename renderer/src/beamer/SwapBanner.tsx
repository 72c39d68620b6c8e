import { useRef } from 'react';
import { useFitText } from './use-fit-text.js';

/** "Wissel!" for the whole room, for a few seconds after a phase hands over. */
export function SwapBanner({ text }: { text: string }) {
  const box = useRef<HTMLDivElement>(null);
  useFitText(box, text, 0.3);
  return (
    <div className="live-swap" role="alert" ref={box}>
      <p className="live-swap-text">{text}</p>
    </div>
  );
}
