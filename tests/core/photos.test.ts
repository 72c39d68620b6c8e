import path from 'node:path';
import Database from 'better-sqlite3';
import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core/core.js';
import { migrate } from '../../main/core/store/migrate.js';
import { migrations } from '../../main/core/store/migrations/index.js';
import { nativeBindingPath } from '../../main/core/store/native-binding.js';
import { Store } from '../../main/core/store/store.js';
import type { Board } from '../../shared/board/board.js';
import type { BoardAck } from '../../shared/contract/requests.js';
import type { Session } from '../../shared/sessions/session.js';
import { MAX_PHOTO_BYTES } from '../../shared/photos/photo-limits.js';
import { unchangedLater, value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

function boardIn(core: Core, kind: Board['kind'] = 'notes'): Board {
  const session = value<Session>(core.bus.dispatch('session.create', { title: 'Avond' }));
  return value<Board>(core.bus.dispatch('board.create', { sessionId: session.id, title: 'Flip-overs', kind }));
}

/** A phone's photo taken on its side: 3000 x 2000 stored, orientation 6, with where it was taken, who made it and a colour profile. */
const phonePhoto = () =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#c03020' } })
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: 'Telefoon', Model: 'X' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' } })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Iemand</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>')
    .withIccProfile('p3')
    .jpeg()
    .toBuffer();

const add = (core: Core, boardId: string, id: string, photo: Uint8Array) => core.bus.run('board.addPhoto', { boardId, id, x: 100, y: 200, photo });

describe('photos of paper', () => {
  it('stores a phone photo upright, at most 2,400 px long, with no metadata left, and lays it on the board as one undo step', async () => {
    const core = createCore(tempDir());
    const board = boardIn(core);
    const original = await phonePhoto();
    // The test's own file carries what must go: otherwise the checks below prove nothing.
    expect(await exifr.gps(original)).toMatchObject({ latitude: expect.closeTo(52.083, 2) });
    expect((await sharp(original).metadata()).orientation).toBe(6);

    value<BoardAck>(await add(core, board.id, 'p1', original));
    const stored = core.store.photos.get('p1')!;
    expect(stored).toMatchObject({ mime: 'image/jpeg', width: 1600, height: 2400 });
    const meta = await sharp(stored.bytes).metadata();
    expect([meta.format, meta.width, meta.height, meta.orientation]).toEqual(['jpeg', 1600, 2400, undefined]);
    expect([meta.exif, meta.xmp, meta.icc, meta.iptc, meta.comments]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(await exifr.gps(stored.bytes)).toBeUndefined();
    expect(await exifr.parse(stored.bytes, { tiff: true, exif: true, gps: true, xmp: true, icc: true, iptc: true, jfif: false, ihdr: false })).toBeUndefined();

    const laid = core.store.boards.get(board.id)!;
    expect(laid.content.photos.p1).toEqual({ id: 'p1', x: 100, y: 200, width: 640, height: 960 });
    value(core.bus.dispatch('board.undo', { boardId: board.id }));
    expect(core.store.boards.get(board.id)!.content.photos.p1).toBeUndefined();
    value(core.bus.dispatch('board.redo', { boardId: board.id }));
    expect(core.store.boards.get(board.id)!.content.photos.p1).toEqual(laid.content.photos.p1);
    core.close();
  });

  it('moves and sizes a photo keeping its proportions, deletes it, and undoes each exactly', async () => {
    const core = createCore(tempDir());
    const board = boardIn(core);
    value(await add(core, board.id, 'p1', await phonePhoto()));
    const apply = (command: object) => value<BoardAck>(core.bus.dispatch('board.apply', { boardId: board.id, command }));
    apply({ op: 'placePhoto', id: 'p1', x: -40, y: 10, width: 320 });
    expect(core.store.boards.get(board.id)!.content.photos.p1).toEqual({ id: 'p1', x: -40, y: 10, width: 320, height: 480 });
    apply({ op: 'deletePhotos', ids: ['p1'] });
    expect(core.store.boards.get(board.id)!.content.photos).toEqual({});
    value(core.bus.dispatch('board.undo', { boardId: board.id }));
    value(core.bus.dispatch('board.undo', { boardId: board.id }));
    expect(core.store.boards.get(board.id)!.content.photos.p1).toEqual({ id: 'p1', x: 100, y: 200, width: 640, height: 960 });
    core.close();
  });

  it('keeps a see-through PNG a PNG, and scales a small one not at all', async () => {
    const core = createCore(tempDir());
    const board = boardIn(core);
    const png = await sharp({ create: { width: 400, height: 300, channels: 4, background: { r: 0, g: 90, b: 200, alpha: 0.5 } } }).png().toBuffer();
    value(await add(core, board.id, 'p2', png));
    const stored = core.store.photos.get('p2')!;
    expect(stored).toMatchObject({ mime: 'image/png', width: 400, height: 300 });
    expect((await sharp(stored.bytes).metadata()).format).toBe('png');
    core.close();
  });

  it('refuses an empty file, a text file named .jpg, a file over 40 MB and a photo for a timeline, and stores nothing', async () => {
    const core = createCore(tempDir());
    const board = boardIn(core);
    const timeline = boardIn(core, 'timeline');
    const refusals = [
      [board.id, new Uint8Array(0), { field: 'photo', problem: 'required' }],
      [board.id, Buffer.from('Boodschappen: melk, brood, koffie.\n'), { field: 'photo', problem: 'invalid' }],
      [board.id, new Uint8Array(MAX_PHOTO_BYTES + 1), { field: 'photo', problem: 'too_big', max: MAX_PHOTO_BYTES }],
      [timeline.id, await phonePhoto(), { field: 'boardId', problem: 'invalid' }],
    ] as const;
    for (const [boardId, bytes, problem] of refusals) {
      const error = await unchangedLater(core, () => add(core, boardId, 'p3', bytes));
      expect(error).toMatchObject({ code: 'invalid_payload', fields: [problem] });
    }
    expect(core.store.photos.count()).toBe(0);
    expect(core.store.db.prepare("SELECT count(*) AS n FROM board_entities WHERE kind = 'photo'").get()).toEqual({ n: 0 });
    core.close();
  });

  it('opens a file written before photos existed, keeps its boards whole and stores a photo in it', async () => {
    const file = path.join(tempDir(), 'flipover.sqlite');
    const old = new Database(file, { nativeBinding: nativeBindingPath() });
    old.pragma('foreign_keys = ON');
    migrate(old, migrations, 15);
    old.prepare("INSERT INTO sessions (id, title, created_at, updated_at) VALUES ('s', 'Avond', '2026-01-01', '2026-01-01')").run();
    old.prepare("INSERT INTO boards (id, session_id, title, kind, layout, created_at) VALUES ('b', 's', 'Ideeën', 'notes', 'notes', '2026-01-01')").run();
    old.prepare(`INSERT INTO board_entities (id, board_id, kind, data_json) VALUES ('n', 'b', 'note', '{"id":"n","text":"Koffie","color":0,"author":"","x":0,"y":0,"clusterId":null,"votes":0}')`).run();
    old.close();

    const store = Store.open(file);
    expect(store.boards.get('b')!.content.notes.n).toMatchObject({ text: 'Koffie' });
    store.close();
    const core = createCore(path.dirname(file));
    value(await add(core, 'b', 'p1', await phonePhoto()));
    expect(core.store.boards.get('b')!.content).toMatchObject({ notes: { n: { text: 'Koffie' } }, photos: { p1: { width: 640 } } });
    value(core.bus.dispatch('session.delete', { id: 's' }));
    expect(core.store.photos.count()).toBe(0);
    core.close();
  });
});
