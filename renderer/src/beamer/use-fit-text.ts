import { useLayoutEffect, type RefObject } from 'react';

const STEPS = 7;

/**
 * Shrinks the text inside `box` until it fits the box: sets `--fit` on it, a
 * factor from 1 down to `min` that its CSS multiplies the font size by. When
 * even `min` overflows, `data-clipped` is set so the CSS can fade the cut.
 * It measures again when `content` changes, when the box is resized and once
 * the fonts have loaded; never on a countdown tick.
 */
export function useFitText(box: RefObject<HTMLElement | null>, content: unknown, min = 0.5): void {
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const fitsAt = (factor: number) => {
      el.style.setProperty('--fit', String(factor));
      return el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1;
    };
    let alive = true;
    const fit = () => {
      if (!alive) return;
      if (fitsAt(1)) {
        el.dataset.clipped = 'false';
        return;
      }
      if (!fitsAt(min)) {
        el.dataset.clipped = 'true';
        return;
      }
      let low = min;
      let high = 1;
      for (let i = 0; i < STEPS; i++) {
        const mid = (low + high) / 2;
        if (fitsAt(mid)) low = mid;
        else high = mid;
      }
      fitsAt(low);
      el.dataset.clipped = 'false';
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    void document.fonts.ready.then(fit);
    return () => {
      alive = false;
      observer.disconnect();
    };
  }, [box, content, min]);
}
