import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Phase } from '../../shared/planner/werkvorm.js';
import { useE2e, type E2eRoom } from '../support/e2e-fixture.js';
import { WsTestClient } from '../support/ws-client.js';

const setup = useE2e();

const ROLES = 'Kies in je groep een voorlezer, een tijdbewaker en een sfeerbewaker.';
const INSTRUCTIONS = [
  'Je gaat in gesprek met een collega over wat al goed werkt.',
  '',
  '1. Spreek af wie A is en wie B.',
  '2. A interviewt B, **drie seconden**.',
  '3. Bij "Wissel!" draaien jullie om.',
].join('\n');

/** 0.05 minutes is three seconds: the whole block runs within the test. */
const SHORT: Phase[] = [
  { label: 'A interviewt B', minutes: 0.05, advance: 'auto' },
  { label: 'B interviewt A', minutes: 0.05, advance: 'manual', announce: 'Wissel!' },
];
const LONG: Phase[] = [
  { label: 'A interviewt B', minutes: 10, advance: 'auto' },
  { label: 'B interviewt A', minutes: 10, advance: 'manual', announce: 'Wissel!' },
];

async function ok<T>(pending: Promise<{ ok: boolean }>): Promise<T> {
  const result = await pending;
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return (result as unknown as { value: T }).value;
}

/** A session with one interview block, as long as its phases, run live by a scripted facilitator window. */
async function goLive(room: E2eRoom, phases: Phase[]): Promise<WsTestClient> {
  // The beamer is connected before the run starts, so it sees it begin.
  await room.beamer.getByRole('heading', { name: 'Nog geen bijeenkomst geopend' }).waitFor();
  const client = await WsTestClient.connect(room.host.port, room.host.secret);
  const session = await ok<{ id: string }>(client.request('session.create', { title: 'Samen sterk in de wijk' }));
  await ok(
    client.request('block.add', {
      sessionId: session.id,
      fields: { title: 'Interview in duo’s', durationMinutes: 0, roles: true, instructions: INSTRUCTIONS, phases },
    }),
  );
  await ok(client.request('run.start', { sessionId: session.id }));
  return client;
}

const countdown = (page: Page) => page.getByRole('timer');
const seconds = (text: string) => {
  const [m, s] = text.replace('+', '').split(':').map(Number);
  return m! * 60 + s!;
};
const countdownText = (page: Page) => page.evaluate(() => document.querySelector('[role=timer]')?.textContent ?? '');

/** Waits until this page's own clock moved on by `ms`: at least one countdown refresh, without a sleep. */
async function letTimePass(page: Page, ms: number): Promise<void> {
  const start = await page.evaluate(() => performance.now());
  await page.waitForFunction(([t0, wait]) => performance.now() - t0 >= wait, [start, ms] as const, { polling: 100 });
}

describe('the beamer while a session runs', () => {
  it('shows the block, the round, the roles and a running countdown; swaps with a banner and a chime; then counts over time in red', async () => {
    const room = await setup();
    const { beamer } = room;
    const client = await goLive(room, SHORT);

    await beamer.getByRole('heading', { name: 'Interview in duo’s' }).waitFor();
    await beamer.getByText('Ronde 1 van 2: A interviewt B').waitFor();
    await beamer.getByText(ROLES).waitFor();
    await beamer.getByText('drie seconden').waitFor();
    const first = await countdownText(beamer);
    expect(['00:03', '00:02']).toContain(first);
    expect(await countdown(beamer).getAttribute('aria-label')).toBe(`Resterende tijd ${first}`);
    await beamer.waitForFunction((before) => document.querySelector('[role=timer]')?.textContent !== before, first);
    const second = await countdownText(beamer);
    expect(seconds(second)).toBeLessThan(seconds(first));

    // The first phase rolls over by itself: the banner, the next round and a chime.
    await beamer.getByRole('alert').getByText('Wissel!').waitFor();
    await beamer.getByText('Ronde 2 van 2: B interviewt A').waitFor();
    await beamer.waitForFunction(() => Number(document.body.dataset.chimes ?? 0) >= 1);

    // The second phase waits for the facilitator: it counts over time, in red.
    await beamer.waitForFunction(() => document.querySelector('[role=timer]')?.textContent?.startsWith('+00:0'));
    const timer = countdown(beamer);
    expect(await timer.getAttribute('data-state')).toBe('overtime');
    expect(await timer.getAttribute('aria-label')).toMatch(/^Over tijd 00:0\d$/);
    expect(await timer.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(179, 38, 30)');
    await beamer.getByText('Over tijd', { exact: true }).waitFor();
    await beamer.waitForFunction(() => Number(document.body.dataset.chimes ?? 0) >= 2);

    // A reload sees the same signal again: that is old news and never chimes.
    await beamer.reload();
    await countdown(beamer).waitFor();
    await letTimePass(beamer, 1200);
    expect(await beamer.evaluate(() => document.body.dataset.chimes)).toBeUndefined();
    await client.close();
  });

  it('fits 16:9 and 4:3: digits over a fifth of the height, no scrolling, nothing overlapping', async () => {
    const room = await setup();
    const { beamer } = room;
    const client = await goLive(room, LONG);
    await beamer.getByText('Ronde 1 van 2: A interviewt B').waitFor();

    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
      { width: 1024, height: 768 },
      { width: 1400, height: 1050 },
    ]) {
      await beamer.setViewportSize(size);
      await beamer.waitForFunction(
        ([w, h]) => innerWidth === w && innerHeight === h && document.fonts.status === 'loaded',
        [size.width, size.height] as const,
      );
      // Two frames: the instructions have been fitted to the new size.
      await beamer.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const layout = await beamer.evaluate(() => {
        const box = (selector: string) => {
          const r = document.querySelector(selector)!.getBoundingClientRect();
          return { selector, top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
        };
        const timer = document.querySelector('[role=timer]') as HTMLElement;
        const ctx = document.createElement('canvas').getContext('2d')!;
        const style = getComputedStyle(timer);
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const digits = ctx.measureText('0123456789');
        return {
          boxes: [box('[role=timer]'), box('.live-title'), box('.live-phase'), box('.live-instructions'), box('.live-roles')],
          digitHeight: digits.actualBoundingBoxAscent + digits.actualBoundingBoxDescent,
          scrollHeight: document.documentElement.scrollHeight,
          scrollWidth: document.documentElement.scrollWidth,
          innerHeight,
          innerWidth,
        };
      });
      const timer = layout.boxes[0]!;
      const at = `${size.width}x${size.height}`;
      expect(timer.height / layout.innerHeight, `countdown box at ${at}`).toBeGreaterThanOrEqual(0.2);
      expect(layout.digitHeight / layout.innerHeight, `digit height at ${at}`).toBeGreaterThanOrEqual(0.2);
      expect(layout.scrollHeight, `scroll height at ${at}`).toBeLessThanOrEqual(layout.innerHeight);
      expect(layout.scrollWidth, `scroll width at ${at}`).toBeLessThanOrEqual(layout.innerWidth);
      for (const b of layout.boxes) {
        expect(b.top >= 0 && b.left >= 0 && b.bottom <= layout.innerHeight && b.right <= layout.innerWidth, `${b.selector} inside at ${at}`).toBe(true);
      }
      const all = layout.boxes;
      for (let i = 0; i < all.length; i++) {
        for (let j = i + 1; j < all.length; j++) {
          const [a, b] = [all[i]!, all[j]!];
          const apart = a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left;
          expect(apart, `${a.selector} and ${b.selector} apart at ${at}`).toBe(true);
        }
      }
    }
    await client.close();
  });

  it('goes black on B and comes back', async () => {
    const room = await setup();
    const { beamer } = room;
    const client = await goLive(room, LONG);
    await countdown(beamer).waitFor();

    await ok(client.request('run.blackout', { on: true }));
    const black = beamer.getByRole('main', { name: 'Beamer op zwart' });
    await black.waitFor();
    expect(await black.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    expect(await countdown(beamer).isVisible()).toBe(false);
    expect(await beamer.evaluate(() => document.body.innerText.trim())).toBe('');

    await ok(client.request('run.blackout', { on: false }));
    await countdown(beamer).waitFor();
    await beamer.getByText('Ronde 1 van 2: A interviewt B').waitFor();
    expect(await beamer.locator('.beamer-stage').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgb(0, 0, 0)');
    await client.close();
  });

  it('shows a pause, and the digits stand still', async () => {
    const room = await setup();
    const { beamer } = room;
    const client = await goLive(room, LONG);
    await countdown(beamer).waitFor();

    await ok(client.request('run.pause', {}));
    await beamer.locator('[role=timer][data-paused="true"]').waitFor();
    await beamer.getByText('Gepauzeerd', { exact: true }).waitFor();
    await beamer.waitForFunction(() => Number(getComputedStyle(document.querySelector('[role=timer]')!).opacity) < 0.6);
    const before = await countdownText(beamer);
    await letTimePass(beamer, 1200);
    expect(await countdownText(beamer)).toBe(before);

    await ok(client.request('run.resume', {}));
    await beamer.locator('[role=timer][data-paused="false"]').waitFor();
    await beamer.waitForFunction((was) => document.querySelector('[role=timer]')?.textContent !== was, before);
    expect(await beamer.getByText('Gepauzeerd', { exact: true }).count()).toBe(0);
    await client.close();
  });

  it('offers to turn the sound on when the browser holds it back, and chimes after that click', async () => {
    const room = await setup();
    const { beamer } = room;
    const client = await goLive(room, LONG);
    await countdown(beamer).waitFor();

    // As a browser without the autoplay flag: sound only after a real click in the page.
    await beamer.context().addInitScript(() => {
      const play = HTMLMediaElement.prototype.play;
      let clicked = false;
      addEventListener('pointerdown', (e) => (clicked ||= e.isTrusted), true);
      const played: string[] = [];
      Object.assign(window, { played });
      HTMLMediaElement.prototype.play = function () {
        if (!this.muted && !clicked) return Promise.reject(new DOMException('No user gesture yet', 'NotAllowedError'));
        played.push(this.muted ? 'muted' : 'audible');
        return play.call(this);
      };
    });
    await beamer.reload();
    const hint = beamer.getByRole('button', { name: 'Klik hier om het geluid aan te zetten' });
    await hint.click();
    await hint.waitFor({ state: 'detached' });

    await ok(client.request('run.nextPhase', {}));
    await beamer.getByRole('alert').getByText('Wissel!').waitFor();
    await beamer.waitForFunction(() => (window as unknown as { played: string[] }).played.includes('audible'));
    expect(await beamer.evaluate(() => document.body.dataset.chimes)).toBe('1');
    expect(await hint.count()).toBe(0);
    await client.close();
  });
});
