import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core/core.js';
import { BeamerDirector } from '../../main/core/screens/beamer-director.js';
import type { BeamerPlacement } from '../../main/core/screens/beamer-placement.js';
import { ScreensController, type DisplayShell } from '../../main/core/screens/screens-controller.js';
import { screenMemory } from '../../main/core/screens/screen-memory.js';
import { systemClock } from '../../main/core/clock.js';
import type { ServerMessage } from '../../shared/contract/wire.js';
import type { ListedScreen, ScreenDisplay } from '../../shared/screens/screens.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

const laptop: ScreenDisplay = { id: '1', name: 'Ingebouwd scherm', x: 0, y: 0, width: 1920, height: 1080 };
const epson: ScreenDisplay = { id: '7', name: 'EPSON PJ', x: 1920, y: 0, width: 1280, height: 800 };

/** Electron's side of the port, as far as a test without Electron can hold it: displays in, what the window was told out. */
class RecordingShell implements DisplayShell {
  connected: ScreenDisplay[] = [laptop, epson];
  placements: BeamerPlacement[] = [];
  numbers: (readonly ListedScreen[] | null)[] = [];
  reloads = 0;
  displays = () => this.connected;
  facilitatorDisplayId = () => laptop.id;
  placeBeamer = (placement: BeamerPlacement) => void this.placements.push(placement);
  showNumbers = (screens: readonly ListedScreen[] | null) => void this.numbers.push(screens);
  reloadBeamer = () => void this.reloads++;
}

function open() {
  const core = createCore(tempDir());
  cores.push(core);
  const toFacilitator: ServerMessage[] = [];
  const toBeamer: ServerMessage[] = [];
  const facilitator = core.hub.connect((m) => toFacilitator.push(m), 'facilitator');
  const beamer = core.hub.connect((m) => toBeamer.push(m), 'beamer');
  let id = 1;
  const ask = (window: typeof facilitator, to: ServerMessage[], name: string, payload: unknown) => {
    const sent = id++;
    window.receive({ type: 'request', id: sent, name, payload });
    const answer = to.find((m) => m.type === 'response' && m.id === sent);
    if (answer?.type !== 'response') throw new Error(`no answer to ${name}`);
    return answer.result;
  };
  return {
    core,
    toFacilitator,
    toBeamer,
    facilitator: (name: string, payload: unknown) => ask(facilitator, toFacilitator, name, payload),
    beamer: (name: string, payload: unknown) => ask(beamer, toBeamer, name, payload),
  };
}

describe('screens through the contract', () => {
  it('without a shell that has displays (the browser host): refused as desktop-only, nothing stored', () => {
    const { core, facilitator } = open();
    for (const [name, payload] of [
      ['screens.list', {}],
      ['screens.choose', { displayId: '7' }],
      ['screens.identify', { on: true }],
    ] as const) {
      expect(facilitator(name, payload)).toMatchObject({ ok: false, error: { code: 'desktop_only' } });
    }
    expect(core.store.screens.recall()).toEqual([]);
    // Straight to the bus, too: it never takes a screens request for a command.
    expect(core.bus.dispatch('screens.choose', { displayId: '7' })).toMatchObject({ ok: false, error: { code: 'desktop_only' } });
  });

  it('with the desktop shell: lists, chooses (stored), identifies, and tells every facilitator window but not the beamer', () => {
    const { core, facilitator, beamer, toFacilitator, toBeamer } = open();
    const shell = new RecordingShell();
    const controller = new ScreensController(new BeamerDirector(screenMemory(core.store, systemClock)), shell);
    core.hub.provideScreens(controller);

    expect(facilitator('screens.list', {})).toMatchObject({ ok: true, value: { situation: 'several', beamer: 'closed' } });
    expect(facilitator('screens.choose', { displayId: 'x'.repeat(41) })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(facilitator('screens.choose', { displayId: laptop.id })).toMatchObject({ ok: false, error: { code: 'invalid_payload', fields: [{ field: 'displayId', problem: 'taken' }] } });
    expect(facilitator('screens.choose', { displayId: epson.id })).toMatchObject({ ok: true, value: { beamer: 'fullscreen' } });
    expect(shell.placements.at(-1)).toMatchObject({ kind: 'fullscreen', display: epson, because: 'chosen' });
    expect(core.store.screens.recall()).toEqual([{ id: '7', name: 'EPSON PJ', width: 1280, height: 800 }]);

    expect(facilitator('screens.identify', { on: true })).toEqual({ ok: true, value: { on: true } });
    expect(shell.numbers.at(-1)?.map((s) => s.number)).toEqual([1, 2]);

    expect(beamer('screens.list', {})).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(toFacilitator.some((m) => m.type === 'screens')).toBe(true);
    expect(toBeamer.some((m) => m.type === 'screens')).toBe(false);
  });

  it('an unplugged projector moves the beamer into a window and the facilitator is told; a crashed page is reloaded', () => {
    const { core, toFacilitator } = open();
    const shell = new RecordingShell();
    const controller = new ScreensController(new BeamerDirector(screenMemory(core.store, systemClock)), shell);
    core.hub.provideScreens(controller);
    controller.openBeamer();
    expect(shell.placements.at(-1)).toMatchObject({ kind: 'fullscreen', display: epson });

    shell.connected = [laptop];
    controller.displaysChanged();
    expect(shell.placements.at(-1)).toMatchObject({ kind: 'windowed', because: 'unplugged' });
    const told = toFacilitator.filter((m) => m.type === 'screens').at(-1);
    expect(told).toMatchObject({ overview: { notice: 'unplugged', beamer: 'windowed' } });

    shell.connected = [laptop, epson];
    controller.displaysChanged();
    expect(shell.placements.at(-1)).toMatchObject({ kind: 'fullscreen', display: epson, because: 'returned' });

    expect(controller.beamerTrouble({ kind: 'gone', reason: 'crashed' }, 0)).toBe('reload');
    expect(shell.reloads).toBe(1);
    expect(toFacilitator.filter((m) => m.type === 'screens').at(-1)).toMatchObject({ overview: { notice: 'reloaded' } });
  });
});
