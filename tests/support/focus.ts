import type { Page } from 'playwright-core';
import { expect } from 'vitest';

type Role = Parameters<Page['getByRole']>[0];

/** The focused element as a reader of the test sees it, for a failure message. */
const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'the page itself (body)';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '';
    return `<${el.tagName.toLowerCase()}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> "${name}"`;
  });

const isFocused = (page: Page, role: Role, name: string | RegExp) =>
  page.getByRole(role, { name, exact: typeof name === 'string' }).evaluateAll((els) => els.some((el) => el === document.activeElement));

/** Waits until the element with this role and accessible name has focus; says what has it instead when it does not. */
export async function expectFocus(page: Page, role: Role, name: string | RegExp): Promise<void> {
  await expect
    .poll(async () => ((await isFocused(page, role, name)) ? 'focused' : `focus is on ${await describeFocus(page)}`), { timeout: 8000 })
    .toBe('focused');
}

/** Presses Tab (or Shift+Tab) until the element with this role and name has focus; returns how many presses it took. */
export async function tabTo(page: Page, role: Role, name: string | RegExp, { back = false, max = 40 } = {}): Promise<number> {
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(page, role, name)) return presses;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach ${role} "${name}"; focus is on ${await describeFocus(page)}`);
}
