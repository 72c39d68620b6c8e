import '../support/page-globals.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { themedBoard } from '../support/board-seed.js';
import { useE2e } from '../support/e2e-fixture.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

const setup = useE2e();

const TITLE = 'Samen sterk in de wijk';
const BOARD = 'Wat werkt al';

/** The controls of the view (not the preview's own) whose box the preview's box overlaps. */
const coveredControls = (page: Page) =>
  page.evaluate(() => {
    const preview = document.querySelector('.beamer-preview')!.getBoundingClientRect();
    const controls = [...document.querySelectorAll('main button, main input, main a, main [role="tab"], main canvas, header button')];
    return controls
      .map((control) => ({ control, box: control.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ box }) => box.left < preview.right && box.right > preview.left && box.top < preview.bottom && box.bottom > preview.top)
      .map(({ control }) => control.getAttribute('aria-label') ?? control.textContent ?? control.tagName);
  });

describe('the preview of the beamer beside the views', () => {
  it('covers no control of a board with its side panel, open or collapsed, at 1280x720 and 1920x1080', { timeout: 90_000 }, async () => {
    const { host, facilitator } = await setup();
    const client = await WsTestClient.connect(host.port, host.secret);
    const session = await request<{ id: string }>(client, 'session.create', { title: TITLE });
    const board = await request<{ id: string }>(client, 'board.create', { sessionId: session.id, title: BOARD });
    for (const command of themedBoard(3, 6)) await request(client, 'board.apply', { boardId: board.id, command });
    await client.close();

    await facilitator.setViewportSize({ width: 1280, height: 720 });
    await facilitator.getByRole('button', { name: `${TITLE} openen` }).click();
    await facilitator.getByRole('tab', { name: 'Borden' }).click();
    await facilitator.getByRole('button', { name: `${BOARD} openen` }).click();
    await facilitator.getByRole('listbox', { name: `Bord ${BOARD}` }).waitFor();
    const wipe = facilitator.getByRole('button', { name: 'Stemmen wissen' });
    await wipe.waitFor();
    expect(await coveredControls(facilitator)).toEqual([]);

    const corner = facilitator.getByRole('complementary', { name: 'Wat de zaal ziet' });
    await corner.getByRole('button', { name: 'Voorbeeld tonen' }).click();
    await corner.getByRole('img').waitFor();
    for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      await facilitator.setViewportSize(size);
      await wipe.waitFor();
      expect(await coveredControls(facilitator)).toEqual([]);
    }
  });
});
