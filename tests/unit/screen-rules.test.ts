import { describe, expect, it } from 'vitest';
import type { ScreenDisplay } from '../../shared/screens/screens.js';
import { BeamerDirector, type ScreenMemory } from '../../main/core/screens/beamer-director.js';
import { placeBeamer, type PlacementInput } from '../../main/core/screens/beamer-placement.js';
import { findRemembered, type RememberedScreen } from '../../main/core/screens/remembered-screen.js';
import { BeamerRecovery, MAX_RELOADS, RELOAD_WINDOW_MS } from '../../main/core/screens/beamer-recovery.js';

const laptop: ScreenDisplay = { id: '1', name: 'Ingebouwd scherm', x: 0, y: 0, width: 1920, height: 1080 };
const monitor: ScreenDisplay = { id: '2', name: 'DELL U2419H', x: 1920, y: 0, width: 1920, height: 1080 };
const epson: ScreenDisplay = { id: '7', name: 'EPSON PJ', x: 3840, y: 0, width: 1280, height: 800 };
/** Another projector of exactly the same size, on the same port. */
const benq: ScreenDisplay = { id: '9', name: 'BenQ MW550', x: 3840, y: 0, width: 1280, height: 800 };
const remembered = (d: ScreenDisplay): RememberedScreen => ({ id: d.id, name: d.name, width: d.width, height: d.height });

const input = (displays: ScreenDisplay[], more: Partial<PlacementInput> = {}): PlacementInput => ({
  displays,
  facilitatorId: laptop.id,
  remembered: [],
  waitingFor: null,
  windowed: false,
  ...more,
});

/** The memory the app keeps in SQLite, here in a list (tests/core/screen-memory.test.ts uses the real file). */
class ListMemory implements ScreenMemory {
  readonly screens: RememberedScreen[] = [];
  recall = () => [...this.screens];
  remember = (screen: RememberedScreen) => {
    this.screens.splice(0, this.screens.length, screen, ...this.screens.filter((s) => s.id !== screen.id));
  };
}

describe('where the beamer goes', () => {
  it('with one screen: an ordinary window on it, never fullscreen, and says it is the only one', () => {
    const placement = placeBeamer(input([laptop]));
    expect(placement).toEqual({ kind: 'windowed', because: 'single', bounds: { x: 384, y: 216, width: 1152, height: 648 } });
    const director = new BeamerDirector(new ListMemory());
    director.displaysChanged([laptop], laptop.id);
    director.opened();
    expect(director.overview()).toMatchObject({ situation: 'single', beamer: 'windowed' });
  });

  it('with two screens: fullscreen on the one that is not the facilitator’s', () => {
    expect(placeBeamer(input([laptop, epson]))).toMatchObject({ kind: 'fullscreen', display: epson, because: 'only_other' });
  });

  it('follows the facilitator’s window, not the primary display', () => {
    expect(placeBeamer(input([laptop, epson], { facilitatorId: epson.id }))).toMatchObject({ kind: 'fullscreen', display: laptop });
  });

  it('with three screens: the remembered one, else the first from the left that is not the facilitator’s', () => {
    expect(placeBeamer(input([epson, monitor, laptop], { remembered: [remembered(epson)] }))).toMatchObject({
      kind: 'fullscreen',
      display: epson,
      because: 'remembered',
    });
    expect(placeBeamer(input([epson, monitor, laptop]))).toMatchObject({ kind: 'fullscreen', display: monitor, because: 'first_other' });
  });

  it('numbers the screens from left to right, as "identify" shows them', () => {
    const director = new BeamerDirector(new ListMemory());
    director.displaysChanged([epson, laptop, monitor], laptop.id);
    expect(director.overview().displays.map((d) => [d.number, d.id, d.facilitators])).toEqual([
      [1, '1', true],
      [2, '2', false],
      [3, '7', false],
    ]);
  });

  it('with mirrored screens: says so and offers a window, because fullscreen would show the room the facilitator’s screen', () => {
    const mirror = { ...epson, x: 0, y: 0, width: 1920, height: 1080 };
    expect(placeBeamer(input([laptop, mirror]))).toMatchObject({ kind: 'windowed', because: 'mirrored' });
    const director = new BeamerDirector(new ListMemory());
    director.displaysChanged([laptop, mirror], laptop.id);
    expect(director.overview().situation).toBe('mirrored');
    expect(director.choose(mirror.id)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });

  it('an ordinary window when the facilitator asks for one, even with a projector there', () => {
    expect(placeBeamer(input([laptop, epson], { windowed: true }))).toMatchObject({ kind: 'windowed', because: 'chosen' });
  });
});

describe('the remembered choice', () => {
  it('is found by id first, then by name and size when the system gave it another id', () => {
    expect(findRemembered([remembered(epson)], [monitor, epson])).toEqual({ display: epson, by: 'id' });
    const epsonElsewhere = { ...epson, id: '12' };
    expect(findRemembered([remembered(epson)], [monitor, epsonElsewhere])).toEqual({ display: epsonElsewhere, by: 'name_and_size' });
  });

  it('prefers any id match over a name match among older choices', () => {
    const lookalike = { ...epson, id: '30' };
    expect(findRemembered([remembered(lookalike), remembered(monitor)], [monitor, { ...epson, id: '31' }])).toEqual({ display: monitor, by: 'id' });
  });

  it('a different projector of the same size is not the remembered one', () => {
    expect(findRemembered([remembered(epson)], [benq])).toBeUndefined();
    // Nameless displays of the same size cannot be told apart: not the same one either.
    expect(findRemembered([{ ...remembered(epson), name: '' }], [{ ...benq, name: '' }])).toBeUndefined();
    expect(placeBeamer(input([laptop, benq], { remembered: [remembered(epson)] }))).toMatchObject({ display: benq, because: 'only_other' });
    const director = new BeamerDirector(new ListMemory());
    director.displaysChanged([laptop, monitor, benq], laptop.id);
    expect(director.overview().displays.some((d) => d.remembered)).toBe(false);
  });

  it('is kept when chosen and used the next time the displays change', () => {
    const memory = new ListMemory();
    const director = new BeamerDirector(memory);
    director.displaysChanged([laptop, monitor, epson], laptop.id);
    director.opened();
    expect(director.choose(epson.id)).toMatchObject({ ok: true, value: { placement: { kind: 'fullscreen', display: epson, because: 'chosen' } } });
    expect(memory.screens).toEqual([remembered(epson)]);
    expect(director.overview().displays.find((d) => d.id === epson.id)).toMatchObject({ beamer: true, remembered: true });
  });

  it('refuses a display that is not there', () => {
    const director = new BeamerDirector(new ListMemory());
    director.displaysChanged([laptop, epson], laptop.id);
    expect(director.choose('99')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('unplugged and back', () => {
  const chosenOn = (displays: ScreenDisplay[], chosen: ScreenDisplay) => {
    const director = new BeamerDirector(new ListMemory());
    director.displaysChanged(displays, laptop.id);
    director.opened();
    director.choose(chosen.id);
    return director;
  };

  it('the chosen one unplugged: an ordinary window on the facilitator’s screen, and the facilitator is told', () => {
    const director = chosenOn([laptop, epson], epson);
    const move = director.displaysChanged([laptop], laptop.id);
    expect(move).toEqual({ placement: { kind: 'windowed', because: 'unplugged', bounds: { x: 384, y: 216, width: 1152, height: 648 } }, notice: 'unplugged' });
    expect(director.overview()).toMatchObject({ beamer: 'windowed', notice: 'unplugged', waitingFor: { name: 'EPSON PJ', width: 1280, height: 800 } });
  });

  it('does not jump to another screen that is still there', () => {
    const director = chosenOn([laptop, monitor, epson], epson);
    expect(director.displaysChanged([laptop, monitor], laptop.id).placement).toMatchObject({ kind: 'windowed', because: 'unplugged' });
  });

  it('returned: fullscreen on it again, and the facilitator is told', () => {
    const director = chosenOn([laptop, monitor, epson], epson);
    director.displaysChanged([laptop, monitor], laptop.id);
    expect(director.displaysChanged([laptop, monitor, epson], laptop.id)).toEqual({
      placement: { kind: 'fullscreen', display: epson, because: 'returned' },
      notice: 'returned',
    });
    expect(director.overview()).toMatchObject({ beamer: 'fullscreen', waitingFor: null, notice: 'returned' });
  });

  it('returned under another id (another port): recognised by name and size', () => {
    const director = chosenOn([laptop, epson], epson);
    director.displaysChanged([laptop], laptop.id);
    const back = { ...epson, id: '44' };
    expect(director.displaysChanged([laptop, back], laptop.id).placement).toMatchObject({ kind: 'fullscreen', display: back });
  });

  it('a different projector of the same size plugged in instead: the beamer stays in its window', () => {
    const director = chosenOn([laptop, epson], epson);
    director.displaysChanged([laptop], laptop.id);
    expect(director.displaysChanged([laptop, benq], laptop.id)).toEqual({
      placement: expect.objectContaining({ kind: 'windowed', because: 'unplugged' }),
      notice: null,
    });
    // Choosing it is the facilitator's call, and ends the wait.
    expect(director.choose(benq.id)).toMatchObject({ ok: true, value: { placement: { kind: 'fullscreen', display: benq } } });
    expect(director.overview().waitingFor).toBeNull();
  });

  it('a display plugged in beside it, or a new resolution, leaves the beamer where it is', () => {
    const director = chosenOn([laptop, epson], epson);
    expect(director.displaysChanged([laptop, { ...monitor, x: 1920 }, { ...epson, x: 3840 }], laptop.id).placement).toMatchObject({ display: epson });
    const sharper = { ...epson, width: 1920, height: 1200 };
    expect(director.displaysChanged([laptop, sharper], laptop.id)).toEqual({ placement: { kind: 'fullscreen', display: sharper, because: 'chosen' }, notice: null });
  });

  it('a projector plugged in while the beamer is a window for lack of one: the beamer goes fullscreen there', () => {
    const director = new BeamerDirector(new ListMemory());
    director.displaysChanged([laptop], laptop.id);
    director.opened();
    expect(director.displaysChanged([laptop, epson], laptop.id).placement).toMatchObject({ kind: 'fullscreen', display: epson, because: 'only_other' });
  });

  it('nothing moves while the beamer is closed; opening it then finds the screen', () => {
    const director = new BeamerDirector(new ListMemory());
    expect(director.displaysChanged([laptop, epson], laptop.id)).toEqual({ placement: null, notice: null });
    expect(director.opened().placement).toMatchObject({ kind: 'fullscreen', display: epson });
    director.closed();
    expect(director.overview().beamer).toBe('closed');
  });
});

describe('a beamer page that crashes or hangs', () => {
  it('is reloaded when its renderer crashes or hangs, not when it closes normally', () => {
    const recovery = new BeamerRecovery();
    expect(recovery.onTrouble({ kind: 'gone', reason: 'crashed' }, 0)).toBe('reload');
    expect(recovery.onTrouble({ kind: 'unresponsive' }, 1_000)).toBe('reload');
    expect(recovery.onTrouble({ kind: 'responsive' }, 2_000)).toBe('nothing');
    expect(new BeamerRecovery().onTrouble({ kind: 'gone', reason: 'clean-exit' }, 0)).toBe('nothing');
  });

  it(`gives up after ${MAX_RELOADS} reloads within a minute, and reloads again when they are spread out`, () => {
    const often = new BeamerRecovery();
    const answers = [0, 1, 2, 3].map((i) => often.onTrouble({ kind: 'gone', reason: 'oom' }, i * 1_000));
    expect(answers).toEqual(['reload', 'reload', 'reload', 'give_up']);
    expect(often.onTrouble({ kind: 'gone', reason: 'oom' }, 10 * RELOAD_WINDOW_MS)).toBe('nothing');
    const seldom = new BeamerRecovery();
    const spread = [0, 1, 2, 3, 4].map((i) => seldom.onTrouble({ kind: 'gone', reason: 'crashed' }, i * RELOAD_WINDOW_MS));
    expect(spread).toEqual(['reload', 'reload', 'reload', 'reload', 'reload']);
  });
});
