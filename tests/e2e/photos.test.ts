import '../support/page-globals.js';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import exifr from 'exifr';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/board/board.js';
import { contentBounds, IMAGE_MARGIN } from '../../shared/board/board-geometry.js';
import { nativeBindingPath } from '../../main/core/store/native-binding.js';
import { axeViolations, describeViolations } from '../support/axe.js';
import { useE2e } from '../support/e2e-fixture.js';
import type { RunningHost } from '../support/host-process.js';
import { WsTestClient } from '../support/ws-client.js';

const setup = useE2e();

/**
 * A phone's photo of a flip-over taken on its side: stored 3000 x 2000 with
 * orientation 6, the stored top half red and the bottom half blue, so upright
 * it is blue on the left and red on the right. It says where it was taken.
 */
async function sidewaysPhoto(): Promise<Buffer> {
  const blue = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: '#1040d0' } }).png().toBuffer();
  return sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#d02010' } })
    .composite([{ input: blue, top: 1000, left: 0 }])
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: 'Telefoon' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' } })
    .jpeg()
    .toBuffer();
}

async function boardFromMain(host: RunningHost): Promise<Board> {
  const reader = await WsTestClient.connect(host.port, host.secret);
  const board = Object.values(reader.snapshot!.boards)[0]!;
  await reader.close();
  return board;
}

function storedPhotos(dataDir: string): number {
  const db = new Database(path.join(dataDir, 'flipover.sqlite'), { readonly: true, nativeBinding: nativeBindingPath() });
  try {
    return (db.prepare('SELECT count(*) AS n FROM photos').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function openBoard(page: Page) {
  await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
  await page.getByLabel('Titel').fill('Buurtavond');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('tab', { name: 'Borden' }).click();
  await page.getByRole('textbox', { name: 'Naam van het bord' }).fill('Flip-overs');
  await page.getByRole('button', { name: 'Bord maken' }).click();
}

async function choosePhoto(page: Page, name: string, mimeType: string, buffer: Buffer) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Foto toevoegen' }).click()]);
  await chooser.setFiles({ name, mimeType, buffer });
}

/** Where an image holds red and where blue: the mean x of each, and how many pixels. */
async function colours(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const found = { red: { n: 0, x: 0 }, blue: { n: 0, x: 0 } };
  for (let i = 0; i < data.length; i += 3) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    const x = (i / 3) % info.width;
    const which = r > 170 && g < 80 && b < 80 ? found.red : b > 170 && r < 60 && g < 110 ? found.blue : undefined;
    if (!which) continue;
    which.n += 1;
    which.x += x;
  }
  return { red: { n: found.red.n, x: found.red.x / Math.max(1, found.red.n) }, blue: { n: found.blue.n, x: found.blue.x / Math.max(1, found.blue.n) } };
}

describe('photos of paper in Chromium', () => {
  it('adds a phone photo through the file chooser: stored upright without its location, shown on the beamer and in the PNG', async () => {
    const { host, facilitator: page, beamer } = await setup(undefined, { separateBeamer: true });
    await openBoard(page);
    await page.getByRole('button', { name: 'Toon op beamer' }).click();
    await page.getByRole('radio', { name: 'Beamer toont alles' }).click();
    const original = await sidewaysPhoto();
    expect(await exifr.gps(original)).toBeDefined();

    await choosePhoto(page, 'flip-over.jpg', 'image/jpeg', original);
    await page.getByRole('status').filter({ hasText: 'Foto toegevoegd.' }).waitFor();
    await page.getByRole('group', { name: 'Foto 1' }).waitFor();
    const board = await boardFromMain(host);
    const photo = Object.values(board.content.photos)[0]!;
    expect([photo.width, photo.height]).toEqual([640, 960]);

    // What main serves is what it stored: upright, 1600 x 2400, and nothing in it says where it was taken.
    const served = await fetch(`http://127.0.0.1:${host.port}/photos/${photo.id}`, { headers: { 'x-flipover-key': host.secret } });
    expect(served.status).toBe(200);
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(await exifr.gps(bytes)).toBeUndefined();
    expect(await exifr.parse(bytes, true)).toBeUndefined();
    const meta = await sharp(bytes).metadata();
    expect([meta.width, meta.height, meta.orientation, meta.exif]).toEqual([1600, 2400, undefined, undefined]);
    // Without the key, or with a wrong one, nothing.
    expect((await fetch(`http://127.0.0.1:${host.port}/photos/${photo.id}`)).status).toBe(403);
    expect((await fetch(`http://127.0.0.1:${host.port}/photos/${photo.id}`, { headers: { 'x-flipover-key': 'raden' } })).status).toBe(403);

    // The beamer draws it upright: blue on the left, red on the right, large.
    await expect
      .poll(async () => {
        const seen = await colours(await beamer.screenshot());
        return seen.red.n > 20_000 && seen.blue.n > 20_000 && seen.blue.x < seen.red.x;
      }, { timeout: 15_000 })
      .toBe(true);

    // The PNG of the board holds the photo's pixels where the photo lies.
    await page.getByRole('button', { name: 'Meer' }).click();
    await page.getByRole('menuitem', { name: 'Afbeelding opslaan' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Opgeslagen:' });
    await status.waitFor();
    const file = (await status.textContent())!.replace('Opgeslagen: ', '').trim();
    const png = fs.readFileSync(file);
    const bounds = contentBounds(board.content, IMAGE_MARGIN)!;
    const pixel = async (x: number, y: number) => {
      const { data } = await sharp(png).extract({ left: Math.round((x - bounds.x) * 2), top: Math.round((y - bounds.y) * 2), width: 1, height: 1 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      return [...data];
    };
    const left = await pixel(photo.x + photo.width * 0.25, photo.y + photo.height / 2);
    const right = await pixel(photo.x + photo.width * 0.75, photo.y + photo.height / 2);
    expect(left[2]).toBeGreaterThan(170);
    expect(left[0]).toBeLessThan(60);
    expect(right[0]).toBeGreaterThan(170);
    expect(right[2]).toBeLessThan(80);

    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('moves and sizes a photo from the keyboard, as steps that undo', async () => {
    const { host, facilitator: page } = await setup();
    await openBoard(page);
    await choosePhoto(page, 'tekening.png', 'image/png', await sharp({ create: { width: 600, height: 400, channels: 3, background: '#208040' } }).png().toBuffer());
    const item = page.getByRole('group', { name: 'Foto 1' });
    await item.waitFor();
    const before = Object.values((await boardFromMain(host)).content.photos)[0]!;
    await item.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Object.values((await boardFromMain(host)).content.photos)[0]!.x).toBe(before.x + 20);
    await page.keyboard.press('+');
    await expect.poll(async () => Object.values((await boardFromMain(host)).content.photos)[0]!.width).toBe(768);
    expect(Object.values((await boardFromMain(host)).content.photos)[0]!.height).toBe(512);
    const undo = page.getByRole('button', { name: 'Ongedaan maken' });
    await undo.click();
    await expect.poll(async () => Object.values((await boardFromMain(host)).content.photos)[0]!.width).toBe(640);
    await undo.click();
    await expect.poll(async () => Object.values((await boardFromMain(host)).content.photos)[0]).toEqual(before);
    await item.focus();
    await page.keyboard.press('Delete');
    await expect.poll(async () => Object.keys((await boardFromMain(host)).content.photos)).toEqual([]);
  });

  it('refuses an empty file and a text file named .jpg with a Dutch message, and stores nothing', async () => {
    const { host, facilitator: page, dataDir } = await setup();
    await openBoard(page);
    await choosePhoto(page, 'leeg.jpg', 'image/jpeg', Buffer.alloc(0));
    await page.getByRole('alert').filter({ hasText: 'Dit bestand is leeg. Kies een foto (JPEG of PNG).' }).waitFor();
    await choosePhoto(page, 'boodschappen.jpg', 'image/jpeg', Buffer.from('Melk, brood, koffie.\n'));
    await page.getByRole('alert').filter({ hasText: 'Dit bestand is geen foto die Flipover kan lezen. Kies een JPEG of PNG.' }).waitFor();
    expect((await boardFromMain(host)).content.photos).toEqual({});
    expect(storedPhotos(dataDir)).toBe(0);
  });
});
