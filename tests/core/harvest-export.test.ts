import fs from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core/core.js';
import { BoardPictures } from '../../main/core/harvest/board-pictures.js';
import { writeFolderWhole } from '../../main/core/harvest/export-folder.js';
import { writeHarvest } from '../../main/core/harvest/tasks/harvest-export.js';
import { milestonesOf, proposalsOf } from '../../shared/actions/actions-query.js';
import type { Board } from '../../shared/board/board.js';
import type { HarvestExport } from '../../shared/contract/requests.js';
import type { Participant } from '../../shared/participants/participant.js';
import { namesOnBoard } from '../../shared/participants/room-names.js';
import type { Session } from '../../shared/sessions/session.js';
import { seedEvening, THEMES } from '../support/actions-seed.js';
import { seedEveryBoard } from '../support/every-board-seed.js';
import { addressesOf, parseMail, pdfText } from '../support/harvest-read.js';
import { openWrittenDraft } from '../../main/core/harvest/mail-opener.js';
import { noisePng } from '../support/png-bytes.js';
import { unchangedLater, value } from '../support/results.js';
import { useTempDir } from '../support/temp-dir.js';
import type { WsTestClient } from '../support/ws-client.js';

const tempDir = useTempDir();
const MADE_AT = new Date('2027-01-28T21:40:00Z');
const SECRET_NOTE = 'Vertrouwelijk: Bram belt morgen over zijn cliënt';
const ADDRESSES = ['begeleiding@voorbeeld.nl', 'p.lid1@voorbeeld.nl', 'p.lid2@voorbeeld.nl', 'p.lid3@voorbeeld.nl'];

/** The core answering as the browser host would, so the seeds written for scripted windows fill it directly. */
const coreClient = (core: Core) => ({ request: (name: string, payload: unknown) => core.bus.run(name, payload) }) as unknown as WsTestClient;

/**
 * The example evening as a room leaves it: four proposals with sixteen
 * milestones, a board of every kind, and four people with an address of
 * whom the first leads the evening.
 */
async function demoEvening() {
  const exportDir = path.join(tempDir(), 'Downloads');
  const core = createCore(tempDir(), { exportDir: () => exportDir, clock: { now: () => MADE_AT } });
  const demo = value<Session>(core.bus.dispatch('session.createDemo', {}));
  value(core.bus.dispatch('session.update', { id: demo.id, changes: { date: '2027-01-28', notes: SECRET_NOTE } }));
  await seedEvening(coreClient(core), demo.id);
  const boards = await seedEveryBoard(coreClient(core), demo.id);
  const add = (name: string, email: string, role = 'deelnemer') =>
    value<Participant>(core.bus.dispatch('participant.add', { sessionId: demo.id, fields: { name, email, role } }));
  const mailed = [add('Lieke Verhoef', ADDRESSES[0]!, 'procesbegeleider'), add('Daan Brouwer', ADDRESSES[1]!), add('Mirjam Oosterhuis', ADDRESSES[2]!), add('Kees Terpstra', ADDRESSES[3]!)];
  return { core, exportDir, session: demo, boards, mailed };
}

const harvest = async (core: Core, payload: object) => value<HarvestExport>(await core.bus.run('harvest.export', payload));

/** Every text a reader could open in the folder: the PDFs as pdfjs reads them, the CSV, the calendar, and the mail's headers and body. */
async function everyText(result: HarvestExport): Promise<string> {
  const texts: string[] = [];
  for (const file of result.files) {
    const bytes = fs.readFileSync(file);
    if (file.endsWith('.pdf')) texts.push((await pdfText(bytes)).text);
    if (file.endsWith('.csv') || file.endsWith('.ics')) texts.push(bytes.toString('utf8'));
    if (file.endsWith('.eml')) {
      const mail = await parseMail(bytes);
      texts.push(mail.subject ?? '', mail.text ?? '', [...mail.headerLines].map((h) => h.line).join('\n'));
    }
  }
  return texts.join('\n');
}

/** The same PNG with its image data replaced by bytes that are no compressed pixels, every chunk's length and CRC still right. */
function withScrambledPixels(png: Buffer): Buffer {
  const copy = Buffer.from(png);
  for (let offset = 8; offset < copy.length; ) {
    const length = copy.readUInt32BE(offset);
    if (copy.toString('latin1', offset + 4, offset + 8) === 'IDAT') {
      copy.fill(0xa5, offset + 8, offset + 8 + length);
      copy.writeUInt32BE(crc32(copy.subarray(offset + 4, offset + 8 + length)), offset + 8 + length);
    }
    offset += 12 + length;
  }
  return copy;
}

/** Every string inside a value, however deep. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value !== null && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

const wordIn = (text: string, word: string) => new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

describe('the harvest of the example evening', () => {
  it('writes the report, the board pictures, the calendar, the notes and a mail draft that a mail reader finds whole', async () => {
    const { core, exportDir, session, boards, mailed } = await demoEvening();
    const pictures = [noisePng(120, 80), noisePng(90, 60)];
    for (const [i, png] of pictures.entries()) value(await core.bus.run('harvest.boardImage', { boardId: boards[i]!.id, png }));

    const result = await harvest(core, { sessionId: session.id, names: 'full', leaveOut: [mailed[3]!.id] });

    expect(path.dirname(result.folder)).toBe(exportDir);
    expect(path.basename(result.folder)).toBe('2027-01-28 Voorbeeldavond samen werken aan de wijk - oogst');
    // Only the folder: the hidden one it was written in is gone.
    expect(fs.readdirSync(exportDir)).toEqual([path.basename(result.folder)]);
    const names = result.files.map((f) => path.basename(f));
    // A title is made safe for a file name: no question mark on Windows.
    expect(names[0]).toBe('verslag.pdf');
    expect(names.slice(1, 3).sort()).toEqual(['Onze geschiedenis.png', 'Wat werkt er al.png']);
    expect(names.slice(3)).toEqual(['mijlpalen.ics', 'notities.csv', 'conceptmail.eml']);
    expect(fs.readdirSync(result.folder).sort()).toEqual([...names].sort());
    expect(result.files.every((f) => path.dirname(f) === result.folder)).toBe(true);
    expect(fs.readFileSync(path.join(result.folder, 'Wat werkt er al.png')).equals(pictures[0]!)).toBe(true);
    expect(fs.readFileSync(path.join(result.folder, 'Onze geschiedenis.png')).equals(pictures[1]!)).toBe(true);
    const sessionBoards = Object.values(core.store.state().boards).filter((b) => b.sessionId === session.id);
    expect(result.boardsWithoutImage.sort()).toEqual(sessionBoards.filter((b) => b.id !== boards[0]!.id && b.id !== boards[1]!.id).map((b) => b.id).sort());

    const mail = await parseMail(fs.readFileSync(result.mail));
    expect(result.mail).toBe(result.files.at(-1));
    expect(addressesOf(mail.to)).toEqual(ADDRESSES.slice(0, 3));
    expect(result.recipients).toEqual(ADDRESSES.slice(0, 3));
    expect(addressesOf(mail.from)).toEqual([ADDRESSES[0]]);
    expect(mail.subject).toContain(session.title);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.date?.toISOString()).toBe(MADE_AT.toISOString());
    expect(mail.attachments.map((a) => a.filename)).toEqual(['verslag.pdf', 'mijlpalen.ics']);
    expect(mail.attachments[0]!.content.equals(fs.readFileSync(result.files[0]!))).toBe(true);
    expect(mail.attachments[1]!.content.equals(fs.readFileSync(result.files[3]!))).toBe(true);
    expect(result.attachmentBytes).toBe(mail.attachments[0]!.size + mail.attachments[1]!.size);

    const milestones = proposalsOf(core.store.actions.get(session.id).content, 'proposal').flatMap((p) => milestonesOf(core.store.actions.get(session.id).content, p.id));
    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(result.files[3]!, 'utf8')) as unknown[]);
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(milestones.length);

    const csv = fs.readFileSync(result.files[4]!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csv.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(rows[0]!.split(';')).toHaveLength(5);
    const notes = Object.values(boards[0]!.kind === 'notes' ? core.store.boards.get(boards[0]!.id)!.content.notes : {});
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(rows.some((r) => r.includes(note.text))).toBe(true);

    const report = await pdfText(fs.readFileSync(result.files[0]!));
    expect(report.pages).toBe(result.pdfPages);
    for (const theme of THEMES) expect(report.text).toContain(theme);
    for (const note of notes) expect(report.text).toContain(note.text);
    for (const m of milestones) expect(report.text).toContain(m.deliverable);
    const stories = Object.values(core.store.boards.get(boards[1]!.id)!.content.anecdotes);
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories) expect(report.text).toContain(story.title);

    // The facilitator's notes and the addresses stay out of everything but the mail's headers.
    const texts = await everyText(result);
    expect(texts).not.toContain(SECRET_NOTE);
    const outsideHeaders = [report.text, csv.toString('utf8'), fs.readFileSync(result.files[3]!, 'utf8'), mail.text ?? ''].join('\n');
    for (const address of ADDRESSES) expect(outsideHeaders).not.toContain(address);
    core.close();
  });

  it('hands the written draft to the shell’s mail program when it has one, and nothing else', async () => {
    const { core, exportDir, session } = await demoEvening();
    expect((await harvest(core, { sessionId: session.id, names: 'initials' })).mailOpened).toBe(false);
    const opened: string[] = [];
    core.bus.useMailOpener((file) => {
      opened.push(file);
      return Promise.resolve(true);
    });
    const result = await harvest(core, { sessionId: session.id, names: 'initials' });
    expect(result.mailOpened).toBe(true);
    expect(opened).toEqual([result.mail]);
    expect(fs.readFileSync(result.mail, 'utf8')).toContain('X-Unsent: 1');
    // The rule itself: only an .eml inside the export folder reaches the mail program.
    const open = (file: string) => openWrittenDraft(() => Promise.resolve(true), exportDir, file);
    expect(await open(path.join(exportDir, '..', 'elders.eml'))).toBe(false);
    expect(await open(path.join(exportDir, 'map', 'verslag.pdf'))).toBe(false);
    expect(await open(path.join(exportDir, 'map', 'conceptmail.EML'))).toBe(true);
    // A mail program that fails to open leaves the draft in the folder, and says so.
    core.bus.useMailOpener(() => Promise.reject(new Error('no handler')));
    expect((await harvest(core, { sessionId: session.id, names: 'initials' })).mailOpened).toBe(false);
  });

  it('with names "none" puts no participant’s name in any file, where "full" does', async () => {
    const { core, session } = await demoEvening();
    const state = core.store.state();
    const boards = Object.values(state.boards).filter((b) => b.sessionId === session.id);
    const people = [...new Set([...state.participants[session.id]!.map((p) => p.name), ...boards.flatMap((b: Board) => namesOnBoard(b.content))])];
    // What the room typed may name someone ("Coördinator Henk met pensioen"): that is text, not a name the export shows.
    const typed = stringsIn([boards.map((b) => [b.title, b.content]), state.actions[session.id], state.agendas[session.id], session])
      .map((t) => t.replace(/\s+/g, ' ').trim())
      .filter((t) => t !== '' && !people.includes(t))
      .sort((a, b) => b.length - a.length);
    const shown = (text: string) => {
      const untyped = typed.reduce((rest, t) => rest.split(t).join(' '), text);
      return people.filter((name) => wordIn(untyped, name));
    };
    expect(shown(await everyText(await harvest(core, { sessionId: session.id, names: 'full' }))).length).toBeGreaterThan(10);
    expect(shown(await everyText(await harvest(core, { sessionId: session.id, names: 'none' })))).toEqual([]);
    core.close();
  });

  it('writes a second export beside the first, which stays as it was', async () => {
    const { core, exportDir, session } = await demoEvening();
    const first = await harvest(core, { sessionId: session.id, names: 'initials' });
    const before = first.files.map((f) => fs.readFileSync(f));
    const second = await harvest(core, { sessionId: session.id, names: 'initials', lang: 'en' });
    const third = await harvest(core, { sessionId: session.id, names: 'initials' });
    expect(path.basename(second.folder)).toBe('2027-01-28 Voorbeeldavond samen werken aan de wijk - harvest');
    expect(path.basename(second.files[0]!)).toBe('report.pdf');
    expect(path.basename(third.folder)).toBe(`${path.basename(first.folder)} (2)`);
    expect(fs.readdirSync(exportDir).sort()).toEqual([first.folder, second.folder, third.folder].map((f) => path.basename(f)).sort());
    expect(first.files.map((f) => fs.readFileSync(f))).toEqual(before);
    core.close();
  });

  it('with the images left out of the mail, attaches a report without them and keeps both in the folder', async () => {
    const { core, session, boards } = await demoEvening();
    value(await core.bus.run('harvest.boardImage', { boardId: boards[0]!.id, png: noisePng(400, 300) }));
    const result = await harvest(core, { sessionId: session.id, names: 'initials', mailImages: false });
    const [report, plain] = result.files.map((f) => fs.readFileSync(f));
    expect(result.files.slice(0, 2).map((f) => path.basename(f))).toEqual(['verslag.pdf', 'verslag-zonder-afbeeldingen.pdf']);
    expect(plain!.length).toBeLessThan(report!.length);
    const mail = await parseMail(fs.readFileSync(result.mail));
    expect(mail.attachments.map((a) => a.filename)).toEqual(['verslag-zonder-afbeeldingen.pdf', 'mijlpalen.ics']);
    expect(mail.attachments[0]!.content.equals(plain!)).toBe(true);
    core.close();
  });

  it.each([
    ['a full disk', 'ENOSPC', 'disk_full'],
    ['a drive that went away', 'EIO', 'io_error'],
  ])('leaves neither a folder nor a hidden one when %s fails a write halfway', async (_label, code, answer) => {
    const { core, exportDir, session } = await demoEvening();
    const earlier = await harvest(core, { sessionId: session.id, names: 'initials' });
    let writes = 0;
    const failing = async (file: string, bytes: Uint8Array) => {
      if (++writes === 3) throw Object.assign(new Error(`${code}: no room for ${path.basename(file)}`), { code });
      fs.writeFileSync(file, bytes);
    };
    const ctx = { store: core.store, clock: { now: () => MADE_AT }, exportDir: () => exportDir, snapshot: () => core.bus.snapshot(), pictures: new BoardPictures(), commit: () => { throw new Error('a harvest stores nothing'); } };
    const result = await writeHarvest({ sessionId: session.id, names: 'initials' }, ctx, failing);
    expect(writes).toBe(3);
    expect(result).toMatchObject({ ok: false, error: { code: answer } });
    expect(fs.readdirSync(exportDir)).toEqual([path.basename(earlier.folder)]);
    core.close();
  });

  it('refuses a session that does not exist and writes nothing', async () => {
    const exportDir = tempDir();
    const core = createCore(tempDir(), { exportDir: () => exportDir });
    expect((await unchangedLater(core, () => core.bus.run('harvest.export', { sessionId: 'nope', names: 'none' })))?.code).toBe('not_found');
    expect((await unchangedLater(core, () => core.bus.run('guide.export', { sessionId: 'nope' })))?.code).toBe('not_found');
    expect(fs.readdirSync(exportDir)).toEqual([]);
    core.close();
  });
});

describe('a folder written whole', () => {
  it('takes the first name nothing holds yet, not even an empty folder or a file, and leaves those as they were', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'Avond - oogst'));
    fs.writeFileSync(path.join(dir, 'Avond - oogst (2)'), 'van iemand anders');
    const written = await writeFolderWhole(dir, 'Avond - oogst', [{ name: 'a.txt', bytes: new TextEncoder().encode('een') }, { name: 'b.txt', bytes: new Uint8Array() }]);
    expect(written).toEqual({ folder: path.join(dir, 'Avond - oogst (3)'), files: [path.join(dir, 'Avond - oogst (3)', 'a.txt'), path.join(dir, 'Avond - oogst (3)', 'b.txt')] });
    expect(fs.readFileSync(written.files[0]!, 'utf8')).toBe('een');
    expect(fs.readdirSync(path.join(dir, 'Avond - oogst'))).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'Avond - oogst (2)'), 'utf8')).toBe('van iemand anders');
    expect(fs.readdirSync(dir).sort()).toEqual(['Avond - oogst', 'Avond - oogst (2)', 'Avond - oogst (3)']);
  });
});

describe('a board’s picture for the harvest', () => {
  it('is refused when it is not a whole PNG or names no board, and dropped once the board changes', async () => {
    const { core, session, boards } = await demoEvening();
    const board = boards[0]!;
    const png = noisePng(64, 48);
    expect((await unchangedLater(core, () => core.bus.run('harvest.boardImage', { boardId: board.id, png: new TextEncoder().encode('<svg/>') })))).toMatchObject({ code: 'invalid_payload', fields: [{ field: 'png' }] });
    expect((await unchangedLater(core, () => core.bus.run('harvest.boardImage', { boardId: board.id, png: png.subarray(0, png.length - 12) })))?.code).toBe('invalid_payload');
    expect((await unchangedLater(core, () => core.bus.run('harvest.boardImage', { boardId: board.id, png: withScrambledPixels(png) })))?.code).toBe('invalid_payload');
    expect((await unchangedLater(core, () => core.bus.run('harvest.boardImage', { boardId: 'nope', png })))?.code).toBe('not_found');
    expect(value(await core.bus.run('harvest.boardImage', { boardId: board.id, png }))).toEqual({ boardId: board.id, width: 64, height: 48 });

    const kept = await harvest(core, { sessionId: session.id, names: 'none' });
    expect(kept.files.map((f) => path.basename(f))).toContain('Wat werkt er al.png');
    expect(kept.boardsWithoutImage).not.toContain(board.id);

    value(core.bus.dispatch('board.apply', { boardId: board.id, command: { op: 'addNote', id: 'late', text: 'Nog een laatste gedachte' } }));
    const changed = await harvest(core, { sessionId: session.id, names: 'none' });
    expect(changed.files.some((f) => f.endsWith('.png'))).toBe(false);
    expect(changed.boardsWithoutImage).toContain(board.id);
    // The report still holds the board's content as text.
    expect((await pdfText(fs.readFileSync(changed.files[0]!))).text).toContain('Nog een laatste gedachte');
    core.close();
  });
});

describe('the participant guide', () => {
  it('is written whole under the session’s date and title, with no placeholder left in its text', async () => {
    const { core, exportDir, session } = await demoEvening();
    const guide = value<{ path: string; pages: number }>(await core.bus.run('guide.export', { sessionId: session.id }));
    expect(guide.path).toBe(path.join(exportDir, '2027-01-28 Voorbeeldavond samen werken aan de wijk - deelnemersgids.pdf'));
    const { pages, text } = await pdfText(fs.readFileSync(guide.path));
    expect(pages).toBe(guide.pages);
    expect(text).toContain(session.title);
    expect(text).not.toMatch(/[{}]/);
    const english = value<{ path: string }>(await core.bus.run('guide.export', { sessionId: session.id, lang: 'en' }));
    expect(path.basename(english.path)).toBe('2027-01-28 Voorbeeldavond samen werken aan de wijk - participant guide.pdf');
    const again = value<{ path: string }>(await core.bus.run('guide.export', { sessionId: session.id }));
    expect(path.basename(again.path)).toBe('2027-01-28 Voorbeeldavond samen werken aan de wijk - deelnemersgids (2).pdf');
    core.close();
  });
});
