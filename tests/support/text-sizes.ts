import type { Page } from 'playwright-core';
import './page-globals.js';

export interface SeenText {
  text: string;
  px: number;
  label: string;
}

/**
 * Run in the page before anything else: every fillText and strokeText is
 * recorded with its font size times the scale of the transform it is drawn
 * with, in CSS pixels, so a test sees how tall the text is on the screen.
 */
function recordCanvasText(): void {
  const seen: SeenText[] = [];
  window.flipoverTextSeen = seen;
  const wrap = (name: 'fillText' | 'strokeText') => {
    const original = CanvasRenderingContext2D.prototype[name];
    CanvasRenderingContext2D.prototype[name] = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
      const size = Number(/(\d*\.?\d+)px/.exec(this.font)?.[1] ?? 0);
      const m = this.getTransform();
      const px = (size * Math.hypot(m.c, m.d)) / window.devicePixelRatio;
      if (String(text).trim()) seen.push({ text: String(text), px, label: window.flipoverTextLabel ?? '' });
      return maxWidth === undefined ? original.call(this, text, x, y) : original.call(this, text, x, y, maxWidth);
    };
  };
  wrap('fillText');
  wrap('strokeText');
}

export const watchCanvasText = (page: Page) => page.addInitScript(recordCanvasText);

/**
 * The computed font size of every piece of text a person can see on the
 * page: text hidden for screen readers only (clipped to nothing) and text
 * outside the window do not count.
 */
export function visibleDomText(page: Page): Promise<SeenText[]> {
  return page.evaluate(() => {
    const found: SeenText[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const hidden = (el: Element) => {
      for (let at: Element | null = el; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.clipPath.startsWith('inset(50%')) return true;
        const box = at.getBoundingClientRect();
        if (style.overflow !== 'visible' && (box.width <= 1 || box.height <= 1)) return true;
      }
      return !el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width < 1 || box.height < 1 || box.bottom < 0 || box.right < 0 || box.top > innerHeight || box.left > innerWidth) continue;
      if (hidden(el)) continue;
      found.push({ text: node.textContent.trim(), px: Number.parseFloat(getComputedStyle(el).fontSize), label: 'dom' });
    }
    return found;
  });
}
