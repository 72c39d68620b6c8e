import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksForRoom, runForRoom, sessionForRoom } from '../../shared/beamer/room-texts.js';
import type { Block } from '../../shared/planner/agenda.js';
import { blockFromWerkvorm } from '../../shared/planner/block-from-werkvorm.js';
import { roomTextsOf, slotsIn } from '../../shared/planner/theme.js';
import { werkvormSchema } from '../../shared/planner/werkvorm.js';
import type { RunState } from '../../shared/run/run.js';
import type { Session } from '../../shared/sessions/session.js';

const dir = path.resolve(import.meta.dirname, '..', '..', 'resources', 'werkvormen');
const library = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => werkvormSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
const THEME = 'samenwerking rond de inwoner';

const asBlock = (fields: ReturnType<typeof blockFromWerkvorm>, id: string): Block => ({ ...fields, id, sessionId: 's' });

describe('every werkvorm as the room reads it', () => {
  const named = library.filter((w) => roomTextsOf(blockFromWerkvorm(w)).some((text) => slotsIn(text).theme));

  it('has werkvormen that name the theme, the interview among them', () => {
    expect(named.map((w) => w.id)).toContain('waarderend-interview');
  });

  it.each(library.map((w) => [w.id, w] as const))('%s reaches the room without a brace, with a theme and without', (_id, werkvorm) => {
    const block = asBlock(blockFromWerkvorm(werkvorm), werkvorm.id);
    for (const theme of [THEME, '', '   ']) {
      const [room] = blocksForRoom([block], theme);
      for (const text of roomTextsOf(room!)) expect(text, text).not.toMatch(/[{}]/);
      // Where the library names the theme, the room reads it, or the neutral phrase.
      roomTextsOf(block).forEach((text, i) => {
        if (!slotsIn(text).theme) return;
        expect(roomTextsOf(room!)[i]!.toLowerCase()).toContain(theme.trim() ? THEME : 'ons thema');
      });
    }
  });
});

describe('the session and the run as the room reads them', () => {
  it('fills the title and the central question', () => {
    const session = { title: 'Avond over {thema}', centralQuestion: 'Wat werkt al rond {thema}?', theme: 'de wijk' } as Session;
    expect(sessionForRoom(session)).toMatchObject({ title: 'Avond over de wijk', centralQuestion: 'Wat werkt al rond de wijk?', theme: 'de wijk' });
    expect(sessionForRoom({ ...session, theme: '' })).toMatchObject({ title: 'Avond over ons thema', centralQuestion: 'Wat werkt al rond ons thema?' });
  });

  it('fills the swap’s announcement, and keeps a run without a slot as it is', () => {
    const run = { signal: { id: 3, kind: 'swap', at: 10, announce: 'Wissel! Nu over {thema}.' } } as unknown as RunState;
    expect(runForRoom(run, 'de wijk').signal?.announce).toBe('Wissel! Nu over de wijk.');
    const plain = { signal: { id: 3, kind: 'swap', at: 10, announce: 'Wissel!' } } as unknown as RunState;
    expect(runForRoom(plain, 'de wijk')).toBe(plain);
    const quiet = { signal: null } as unknown as RunState;
    expect(runForRoom(quiet, 'de wijk')).toBe(quiet);
  });
});
