import type { Page } from 'playwright-core';

export interface HeldEchoes {
  /** From now on the host's messages to the page wait, in order, until `release`: answers to the page's own requests too. */
  hold(): void;
  /** How many messages wait now; they reach the test a moment after main sent them. */
  waiting(): number;
  /** Hands the page every message held back, in the order the host sent them. */
  release(): void;
}

/**
 * Sits between a page and the host's WebSocket, so a test can let main's
 * answers and broadcasts arrive late, as they do on a busy laptop. The page is
 * reloaded to connect through it; it keeps its secret for the tab.
 */
export async function holdEchoes(page: Page): Promise<HeldEchoes> {
  let holding = false;
  const held: (() => void)[] = [];
  await page.routeWebSocket(/\/ws\?/, (toPage) => {
    const toHost = toPage.connectToServer();
    toPage.onMessage((message) => toHost.send(message));
    toHost.onMessage((message) => {
      if (holding) held.push(() => toPage.send(message));
      else toPage.send(message);
    });
  });
  await page.reload();
  return {
    hold: () => {
      holding = true;
    },
    waiting: () => held.length,
    release: () => {
      holding = false;
      for (const send of held.splice(0)) send();
    },
  };
}
