import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/planner/agenda.js';
import { blockFromWerkvorm } from '../../shared/planner/block-from-werkvorm.js';
import type { Werkvorm } from '../../shared/planner/werkvorm.js';
import type { Snapshot } from '../../shared/state.js';
import { useE2e } from '../support/e2e-fixture.js';
import { WsTestClient } from '../support/ws-client.js';
import { request } from '../support/ws-request.js';

const setup = useE2e();

const WARNING = /noemt het positieve thema, maar dat is nog niet ingevuld/;
const beamerText = (beamer: Page) => beamer.evaluate(() => document.body.innerText);

describe('the positive theme in the room', () => {
  it('is set in the session’s details, warned about while missing, and read on the beamer in the demo’s interview, never a placeholder', async () => {
    const { host, facilitator, beamer } = await setup();
    await facilitator.getByRole('button', { name: 'Voorbeeldavond toevoegen' }).click();
    const programme = facilitator.getByRole('list', { name: 'Programma met kloktijden' });
    await programme.waitFor();
    const client = await WsTestClient.connect(host.port, host.secret);
    const session = client.snapshot!.sessions[0]!;
    // As a session that has no theme yet.
    await request(client, 'session.update', { id: session.id, changes: { theme: '' } });

    const interviewRow = programme.getByRole('listitem').filter({ hasText: 'Interview in duo’s' });
    await interviewRow.getByText(WARNING).waitFor();
    // Only the blocks that name the theme are warned about.
    expect(await programme.getByText(WARNING).count()).toBe(1);

    await facilitator.getByRole('tab', { name: 'Live' }).click();
    await facilitator.getByRole('button', { name: 'Live starten' }).click();
    await facilitator.getByRole('button', { name: 'Live starten bij Interview in duo’s' }).click();
    const panel = facilitator.getByRole('region', { name: 'Bij dit onderdeel' });
    await panel.getByText(WARNING).waitFor();
    await beamer.getByText('Ronde 1 van 2: A interviewt B').waitFor();
    await beamer.getByText(/wat al goed werkt als het gaat om ons thema\./).waitFor();
    expect(await beamerText(beamer)).not.toMatch(/[{}]/);

    // The theme is typed in the session's details while the evening runs.
    await facilitator.getByRole('tab', { name: 'Gegevens' }).click();
    await facilitator.getByRole('textbox', { name: 'Positief thema' }).fill('samenwerking rond de inwoner');
    await facilitator.getByRole('button', { name: 'Opslaan' }).click();
    await facilitator.getByRole('status').getByText('Opgeslagen').waitFor();

    await beamer.getByText(/wat al goed werkt als het gaat om samenwerking rond de inwoner\./).waitFor();
    expect(await beamerText(beamer)).not.toMatch(/[{}]|ons thema/);
    await facilitator.getByRole('tab', { name: 'Live' }).click();
    await panel.getByRole('heading', { name: 'Vragen' }).waitFor();
    expect(await panel.getByText(WARNING).count()).toBe(0);
    // The interview's questions name it too, in the live panel and on the beamer.
    await panel.getByText(/een ervaring met samenwerking rond de inwoner waarbij/).waitFor();
    await panel.getByRole('button', { name: 'Vraag 3 op de beamer' }).click();
    await beamer.getByText('Vraag 3 van 6').waitFor();
    await beamer.getByText(/een ervaring met samenwerking rond de inwoner waarbij/).waitFor();
    expect(await beamerText(beamer)).not.toMatch(/[{}]/);

    await facilitator.getByRole('tab', { name: 'Programma' }).click();
    await programme.waitFor();
    expect(await programme.getByText(WARNING).count()).toBe(0);
    await client.close();
  });

  it('lets no placeholder of any werkvorm in the library reach the beamer: every block, phase and question, the programme and the title', async () => {
    const { host, beamer } = await setup();
    const client = await WsTestClient.connect(host.port, host.secret);
    const library = await request<Werkvorm[]>(client, 'library.list', {});
    const session = await request<{ id: string }>(client, 'session.create', { title: 'Avond over {thema}', centralQuestion: 'Wat werkt al rond {thema}?' });
    for (const werkvorm of library) await request(client, 'block.add', { sessionId: session.id, fields: blockFromWerkvorm(werkvorm) });
    await request(client, 'session.open', { id: session.id });
    const blocks = (await request<Snapshot>(client, 'state.snapshot', {})).agendas[session.id]!;
    expect(blocks).toHaveLength(library.length);

    const seen: string[] = [];
    const look = async (what: string) => {
      const text = await beamerText(beamer);
      seen.push(text);
      expect(text, what).not.toMatch(/[{}]/);
    };
    await beamer.getByRole('heading', { name: 'Avond over ons thema' }).waitFor();
    await beamer.getByText('Wat werkt al rond ons thema?').waitFor();
    await look('the title');
    await request(client, 'beamer.show', { view: 'agenda' });
    await beamer.locator('.beamer-agenda').waitFor();
    await look('the programme');
    await request(client, 'beamer.show', { view: 'title' });

    await request(client, 'run.start', { sessionId: session.id });
    for (const block of blocks) {
      await request(client, 'run.goTo', { blockId: block.id });
      for (let phase = 0; phase < Math.max(1, block.phases.length); phase++) {
        if (phase > 0) await request(client, 'run.nextPhase', {});
        await waitForBlock(beamer, block, phase);
        await look(`${block.title}, phase ${phase + 1}`);
      }
      if (block.questions.length === 0) continue;
      await request(client, 'beamer.question', { blockId: block.id, list: true });
      await beamer.getByText(`${block.questions.length} ${block.questions.length === 1 ? 'vraag' : 'vragen'}`, { exact: true }).waitFor();
      await look(`${block.title}, its questions`);
      await request(client, 'beamer.question', { blockId: block.id, index: block.questions.length - 1 });
      await beamer.getByText(`Vraag ${block.questions.length} van ${block.questions.length}`).waitFor();
      await look(`${block.title}, its last question`);
      await request(client, 'beamer.show', { view: 'title' });
    }
    // The walk did meet the theme's slots, and read them as the neutral phrase.
    expect(seen.filter((text) => text.includes('ons thema')).length).toBeGreaterThanOrEqual(5);
    await client.close();
  });
});

/** Waits until the beamer's live view shows `block` in `phase`. */
async function waitForBlock(beamer: Page, block: Block, phase: number): Promise<void> {
  const rounds = block.phases.length;
  await beamer.waitForFunction(
    ([title, round]) =>
      document.querySelector('.live-title')?.textContent === title && (document.querySelector('.live-phase')?.textContent ?? '').startsWith(round),
    [block.title, rounds > 1 ? `Ronde ${phase + 1} van ${rounds}` : ''] as const,
  );
}
