/**
 * Keeps keyboard focus off the bare page. When the focused element goes (a
 * form closes, a row is deleted, a view takes the place of another) or can no
 * longer hold focus (a button turns disabled), focus moves on:
 *
 * - to the element that takes over, when the one that went says so: an
 *   element (or its nearest ancestor, when that went with it) with
 *   `data-focus-then="K"` hands focus to the element marked
 *   `data-focus-key="K"` (or the first thing to use inside it), waiting
 *   briefly for it to appear, as a view that opens after main answers does;
 * - otherwise to what is nearest where it was: the next thing to use after
 *   it in the same part of the page, or the one before it.
 *
 * A click on an empty part of the page still leaves focus there: only an
 * element that went away is stood in for.
 */

const TABBABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]';
/**
 * How long a view that replaces another may take to appear (main answers
 * first). Generous: a busy laptop can take seconds to open a large board, and
 * the wait ends as soon as focus goes anywhere, so it never holds anyone up.
 */
const WAIT_MS = 10_000;

const canHold = (el: Element): el is HTMLElement =>
  el instanceof HTMLElement &&
  el.isConnected &&
  el.matches(TABBABLE) &&
  !(el as HTMLButtonElement).disabled &&
  el.getAttribute('tabindex') !== '-1' &&
  !el.closest('[inert], [aria-hidden="true"]') &&
  el.getClientRects().length > 0;

/** Where in the page an element was: each ancestor, with its neighbours at that level. */
interface Step {
  parent: Element;
  child: Element;
  next: Element | null;
  previous: Element | null;
}

const trailOf = (el: Element): Step[] => {
  const steps: Step[] = [];
  for (let child = el; child.parentElement && child !== document.body; child = child.parentElement) {
    steps.push({ parent: child.parentElement, child, next: child.nextElementSibling, previous: child.previousElementSibling });
  }
  return steps;
};

const tabbablesIn = (root: Element): HTMLElement[] => [...root.querySelectorAll(TABBABLE)].filter(canHold);

/** The element marked `key`, or the first thing to use inside it. */
export function findFocusKey(key: string): HTMLElement | undefined {
  for (const el of document.querySelectorAll(`[data-focus-key="${CSS.escape(key)}"]`)) {
    if (canHold(el)) return el;
    const inside = tabbablesIn(el)[0];
    if (inside) return inside;
  }
  return undefined;
}

const follows = (mark: Node, node: Node) => (mark.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !mark.contains(node);
const precedes = (mark: Node, node: Node) => (mark.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) !== 0 && !node.contains(mark);

/** The nearest thing to use where `trail` ran: after it in the same part of the page, else before it. */
function nearest(trail: Step[]): HTMLElement | undefined {
  for (const { parent, child, next, previous } of trail) {
    if (!parent.isConnected) continue;
    const candidates = tabbablesIn(parent);
    if (candidates.length === 0) continue;
    const inPlace = (el: Element | null): el is Element => el !== null && el.parentElement === parent;
    if (inPlace(child)) {
      // Still there but unusable (a button turned disabled): its neighbours, else further out.
      const beside = candidates.find((c) => follows(child, c)) ?? candidates.filter((c) => precedes(child, c)).at(-1);
      if (beside) return beside;
      continue;
    }
    if (inPlace(next)) return candidates.find((c) => c === next || next.contains(c) || follows(next, c)) ?? candidates.at(-1);
    if (inPlace(previous)) return candidates.filter((c) => c === previous || previous.contains(c) || precedes(previous, c)).at(-1) ?? candidates[0];
    return candidates[0];
  }
  return undefined;
}

const lost = () => document.activeElement === null || document.activeElement === document.body;

/** Focuses the element marked `key` as soon as it is there, unless focus went somewhere meanwhile. */
export function focusKeyWhenReady(key: string, fallback?: () => HTMLElement | undefined): void {
  const found = findFocusKey(key);
  if (found) return found.focus();
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  const observer = new MutationObserver(() => {
    if (!lost()) return stop();
    const target = findFocusKey(key);
    if (!target) return;
    stop();
    target.focus();
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'data-focus-key'] });
  // It never came (main refused, say): near where focus was, rather than nowhere.
  const timer = setTimeout(() => {
    stop();
    if (lost()) fallback?.()?.focus();
  }, WAIT_MS);
}

const trails = new WeakMap<Element, Step[]>();
const openers = new WeakMap<Element, Element>();

/** Focus that leaves `container` because it closed goes back to `opener`, or near where that was if it went too. */
export function returnFocusTo(container: Element, opener: Element | null): void {
  if (opener && opener !== document.body) openers.set(container, opener);
}

/** Moves focus on from `gone`, which held it and no longer can. */
export function standInFor(gone: Element): void {
  for (let el: Element | null = gone; el; el = el.parentElement) {
    const opener = openers.get(el);
    if (!opener || el.isConnected) continue;
    if (canHold(opener)) opener.focus();
    else standInFor(opener);
    return;
  }
  const trail = trails.get(gone) ?? trailOf(gone);
  // A hand-over counts when what carries it went too: a view was replaced, not a row inside it.
  const carrier = gone.closest('[data-focus-then]');
  const then = carrier && !carrier.isConnected ? carrier.getAttribute('data-focus-then') : null;
  if (then) focusKeyWhenReady(then, () => nearest(trail));
  else nearest(trail)?.focus();
}

/** Watches the facilitator's window; once per page. */
export function installFocusKeeper(): void {
  // Counts every gain of focus, so a loss that something else has since made up for is left alone.
  let gains = 0;
  document.addEventListener('focusin', (e) => {
    gains += 1;
    if (e.target instanceof Element) trails.set(e.target, trailOf(e.target));
  });
  document.addEventListener('focusout', (e) => {
    const gone = e.target;
    if (!(gone instanceof Element) || e.relatedTarget !== null) return;
    // Removal fires this before the element leaves the page: where it was is read now.
    if (gone.isConnected) trails.set(gone, trailOf(gone));
    const at = gains;
    // Once the change that took it away is done (an autofocus in what replaced it included).
    queueMicrotask(() => {
      if (gains === at && lost() && !canHold(gone)) standInFor(gone);
    });
  });
}
