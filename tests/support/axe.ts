import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The rules of the project's standard: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Read from the installed package, never fetched: the pages may talk to the host alone.
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 AA violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<Result[]> {
  // Evaluated, not added as a script tag: the app's Content-Security-Policy refuses inline scripts, as it should.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_21_AA }, resultTypes: ['violations'] };
  const results = await page.evaluate((o) => (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, o), options);
  return results.violations;
}

/** One line per element: the rule, how bad, where, and the start of its HTML. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((node) => {
      const html = node.html.replace(/\s+/g, ' ');
      const snippet = html.length > 160 ? `${html.slice(0, 157)}...` : html;
      return `${v.id} (${node.impact ?? v.impact ?? 'unknown'}) at ${node.target.join(' ')}: ${snippet} -- ${v.help}`;
    }),
  );
}

/** Fails, with every violation listed, unless the page as it is now passes axe-core's WCAG 2.1 AA rules. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const found = describeViolations(await axeViolations(page));
  // Spelled out in the message: the assertion's own would shorten the list to "[ Array(1) ]".
  expect(found, `WCAG 2.1 AA on ${label}:\n${found.join('\n')}\n`).toEqual([]);
}

/** Waits until the element's transitions and animations have ended: contrast is judged on what shows once it is still, not on a fade in passing. */
export async function settled(locator: Locator): Promise<void> {
  await locator.evaluate(async (el) => {
    // A transition that another replaces is cancelled: wait again for whatever runs then.
    for (let running = el.getAnimations({ subtree: true }); running.length > 0; running = el.getAnimations({ subtree: true })) {
      await Promise.allSettled(running.map((a) => a.finished));
    }
  });
}
