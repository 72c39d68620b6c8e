import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../main/core/store/migrate.js';
import { latestVersion, migrations } from '../../main/core/store/migrations/index.js';
import { nativeBindingPath } from '../../main/core/store/native-binding.js';
import { StoreError } from '../../main/core/store/store-error.js';
import { Store } from '../../main/core/store/store.js';
import { patch } from '../../shared/board/board.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

const fresh = () => {
  const db = new Database(':memory:', { nativeBinding: nativeBindingPath() });
  db.pragma('foreign_keys = ON');
  return db;
};

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );

describe('migrations', () => {
  it('are numbered 1 to n, each number once, in order and without a gap', () => {
    const versions = migrations.map((m) => m.version);
    // A gap that ships would let a file that passed the number skip the step that lands there later.
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(latestVersion).toBe(versions.at(-1));
  });

  describe('001 sessions and app state', () => {
    it('creates the sessions table and the single app_state row', () => {
      const db = fresh();
      migrate(db, migrations, 1);
      expect(userVersion(db)).toBe(1);
      expect(tables(db)).toEqual(['app_state', 'sessions']);
      expect(db.prepare('SELECT id, seq, open_session_id FROM app_state').all()).toEqual([
        { id: 1, seq: 0, open_session_id: null },
      ]);
      const insert = db.prepare(
        "INSERT INTO sessions (id, title, created_at, updated_at) VALUES (?, ?, '2026-01-01', '2026-01-01')",
      );
      insert.run('a', 'Avond');
      expect(() => insert.run('b', '')).toThrow(/CHECK/);
      db.prepare("UPDATE app_state SET open_session_id = 'a'").run();
      db.prepare("DELETE FROM sessions WHERE id = 'a'").run();
      expect(db.prepare('SELECT open_session_id FROM app_state').get()).toEqual({ open_session_id: null });
      expect(() => db.prepare("UPDATE app_state SET open_session_id = 'missing'").run()).toThrow(/FOREIGN KEY/);
    });
  });

  describe('002 agenda blocks', () => {
    it('adds the blocks table, removed with its session', () => {
      const db = fresh();
      migrate(db, migrations, 1);
      db.prepare("INSERT INTO sessions (id, title, created_at, updated_at) VALUES ('s', 'Avond', 'x', 'x')").run();
      migrate(db, migrations, 2);
      expect(userVersion(db)).toBe(2);
      expect(tables(db)).toEqual(['app_state', 'blocks', 'sessions']);
      const insert = db.prepare(
        "INSERT INTO blocks (id, session_id, position, title, duration_minutes, grouping_json) VALUES (?, 's', 0, 'Welkom', ?, '{}')",
      );
      insert.run('b1', 30);
      expect(() => insert.run('b2', 721)).toThrow(/CHECK/);
      expect(() => insert.run('b3', -5)).toThrow(/CHECK/);
      db.prepare("DELETE FROM sessions WHERE id = 's'").run();
      expect(db.prepare('SELECT count(*) AS n FROM blocks').get()).toEqual({ n: 0 });
    });
  });

  describe('003 what the beamer shows', () => {
    it("adds beamer_view, 'title' by default, and refuses other values", () => {
      const db = fresh();
      migrate(db, migrations, 2);
      migrate(db, migrations, 3);
      expect(userVersion(db)).toBe(3);
      expect(db.prepare('SELECT beamer_view FROM app_state').get()).toEqual({ beamer_view: 'title' });
      db.prepare("UPDATE app_state SET beamer_view = 'agenda'").run();
      expect(() => db.prepare("UPDATE app_state SET beamer_view = 'video'").run()).toThrow(/CHECK/);
    });
  });

  describe('004 own block templates', () => {
    it('adds the templates table', () => {
      const db = fresh();
      migrate(db, migrations, 3);
      migrate(db, migrations, 4);
      expect(userVersion(db)).toBe(4);
      expect(tables(db)).toContain('templates');
      const insert = db.prepare("INSERT INTO templates (id, name, fields_json, created_at) VALUES (?, ?, '{}', 'x')");
      insert.run('t1', 'Mijn check-in');
      expect(() => insert.run('t2', '')).toThrow(/CHECK/);
    });
  });

  describe('005 participants', () => {
    it('adds the participants table, checked, removed with its session', () => {
      const db = fresh();
      migrate(db, migrations, 4);
      db.prepare("INSERT INTO sessions (id, title, created_at, updated_at) VALUES ('s', 'Avond', 'x', 'x')").run();
      migrate(db, migrations, 5);
      expect(userVersion(db)).toBe(5);
      expect(tables(db)).toContain('participants');
      const insert = db.prepare('INSERT INTO participants (id, session_id, position, name, role) VALUES (?, ?, 0, ?, ?)');
      insert.run('p1', 's', 'Anna', 'voorbereider');
      expect(db.prepare('SELECT organisation, email, joined_month FROM participants').get()).toEqual({
        organisation: '',
        email: '',
        joined_month: '',
      });
      expect(() => insert.run('p2', 's', '', 'deelnemer')).toThrow(/CHECK/);
      expect(() => insert.run('p3', 's', 'a'.repeat(121), 'deelnemer')).toThrow(/CHECK/);
      expect(() => insert.run('p4', 's', 'Bram', 'koning')).toThrow(/CHECK/);
      expect(() => insert.run('p5', 'missing', 'Cor', 'deelnemer')).toThrow(/FOREIGN KEY/);
      db.prepare("DELETE FROM sessions WHERE id = 's'").run();
      expect(db.prepare('SELECT count(*) AS n FROM participants').get()).toEqual({ n: 0 });
    });
  });

  describe('007 boards', () => {
    it('adds boards, their entities and history, removed with their session', () => {
      const db = fresh();
      migrate(db, migrations, 6);
      db.prepare("INSERT INTO sessions (id, title, created_at, updated_at) VALUES ('s', 'Avond', 'x', 'x')").run();
      migrate(db, migrations, 7);
      expect(userVersion(db)).toBe(7);
      db.prepare("INSERT INTO boards (id, session_id, title, created_at) VALUES ('b', 's', 'Ideeën', 'x')").run();
      db.prepare("INSERT INTO board_entities (id, board_id, kind, data_json) VALUES ('n', 'b', 'note', '{}')").run();
      expect(() => db.prepare("INSERT INTO board_entities (id, board_id, kind, data_json) VALUES ('z', 'b', 'sticker', '{}')").run()).toThrow(/CHECK/);
      db.prepare("INSERT INTO board_history (board_id, position, forward_json, inverse_json) VALUES ('b', 0, '{}', '{}')").run();
      db.prepare("DELETE FROM sessions WHERE id = 's'").run();
      for (const table of ['boards', 'board_entities', 'board_history']) {
        expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
      }
    });
  });

  describe('008 a board on the beamer', () => {
    it('adds the beamer board, following by default, cleared when its board goes', () => {
      const db = fresh();
      migrate(db, migrations, 7);
      db.prepare("INSERT INTO sessions (id, title, created_at, updated_at) VALUES ('s', 'Avond', 'x', 'x')").run();
      db.prepare("INSERT INTO boards (id, session_id, title, created_at) VALUES ('b', 's', 'Ideeën', 'x')").run();
      migrate(db, migrations, 8);
      expect(userVersion(db)).toBe(8);
      const read = db.prepare('SELECT beamer_board_id, beamer_board_follow, beamer_viewport_json FROM app_state');
      expect(read.get()).toEqual({ beamer_board_id: null, beamer_board_follow: 1, beamer_viewport_json: null });
      db.prepare("UPDATE app_state SET beamer_board_id = 'b'").run();
      expect(() => db.prepare('UPDATE app_state SET beamer_board_follow = 2').run()).toThrow(/CHECK/);
      expect(() => db.prepare("UPDATE app_state SET beamer_board_id = 'missing'").run()).toThrow(/FOREIGN KEY/);
      db.prepare("DELETE FROM sessions WHERE id = 's'").run();
      expect(read.get()).toMatchObject({ beamer_board_id: null });
    });
  });

  describe('009 timeline boards', () => {
    it('keeps every entity and its order, adds the board kind, and takes anecdotes, eras and a period', () => {
      const db = fresh();
      migrate(db, migrations, 8);
      db.prepare("INSERT INTO sessions (id, title, created_at, updated_at) VALUES ('s', 'Avond', 'x', 'x')").run();
      db.prepare("INSERT INTO boards (id, session_id, title, created_at) VALUES ('b', 's', 'Ideeën', 'x')").run();
      const insert = db.prepare("INSERT INTO board_entities (id, board_id, kind, data_json) VALUES (?, 'b', ?, ?)");
      for (const [id, kind] of [['n2', 'note'], ['k', 'cluster'], ['n1', 'note']]) insert.run(id, kind, `{"id":"${id}"}`);
      migrate(db, migrations, 9);
      expect(userVersion(db)).toBe(9);
      expect(db.prepare('SELECT id, kind FROM board_entities ORDER BY rowid').all()).toEqual([
        { id: 'n2', kind: 'note' },
        { id: 'k', kind: 'cluster' },
        { id: 'n1', kind: 'note' },
      ]);
      expect(db.prepare("SELECT kind FROM boards WHERE id = 'b'").get()).toEqual({ kind: 'notes' });
      for (const kind of ['anecdote', 'era', 'period']) insert.run(`x-${kind}`, kind, '{}');
      expect(() => insert.run('z', 'sticker', '{}')).toThrow(/CHECK/);
      expect(() => db.prepare("UPDATE boards SET kind = 'circle'").run()).toThrow(/CHECK/);
      db.prepare("DELETE FROM sessions WHERE id = 's'").run();
      expect(db.prepare('SELECT count(*) AS n FROM board_entities').get()).toEqual({ n: 0 });
    });
  });

  describe('010 ring and scale boards', () => {
    it('carries each board’s kind into layout, keeps its entities, and takes rings, relations and measurements', () => {
      const db = fresh();
      migrate(db, migrations, 9);
      db.prepare("INSERT INTO sessions (id, title, created_at, updated_at) VALUES ('s', 'Avond', 'x', 'x')").run();
      db.prepare("INSERT INTO boards (id, session_id, title, kind, created_at) VALUES ('t', 's', 'Lijn', 'timeline', 'x')").run();
      db.prepare("INSERT INTO board_entities (id, board_id, kind, data_json) VALUES ('a', 't', 'anecdote', '{}')").run();
      migrate(db, migrations, 10);
      expect(userVersion(db)).toBe(10);
      expect(db.prepare("SELECT layout FROM boards WHERE id = 't'").get()).toEqual({ layout: 'timeline' });
      expect(db.prepare('SELECT id, kind FROM board_entities').all()).toEqual([{ id: 'a', kind: 'anecdote' }]);
      const insert = db.prepare("INSERT INTO board_entities (id, board_id, kind, data_json) VALUES (?, 't', ?, '{}')");
      for (const kind of ['ring', 'relation', 'scale']) insert.run(kind, kind);
      expect(() => insert.run('z', 'sticker')).toThrow(/CHECK/);
      expect(() => db.prepare("UPDATE boards SET layout = 'circle'").run()).toThrow(/CHECK/);
      db.prepare("UPDATE boards SET layout = 'stakeholders'").run();
    });
  });

  describe('011 job titles and how names reach the room', () => {
    it('opens a file written before it, keeps every participant and session, and reads them back with an empty function and initials', () => {
      const file = path.join(tempDir(), 'flipover.sqlite');
      const old = new Database(file, { nativeBinding: nativeBindingPath() });
      old.pragma('foreign_keys = ON');
      migrate(old, migrations, 10);
      old.prepare("INSERT INTO sessions (id, title, notes, created_at, updated_at) VALUES ('s', 'Avond', 'eigen notitie', '2026-01-01', '2026-01-01')").run();
      const insert = old.prepare("INSERT INTO participants (id, session_id, position, name, organisation, role, email, joined_month) VALUES (?, 's', ?, ?, 'Gemeente', ?, '', '2019-03')");
      insert.run('p1', 0, 'Fatima el Amrani', 'deelnemer');
      insert.run('p2', 1, 'Jan de Vries', 'voorbereider');
      old.close();

      const store = Store.open(file);
      expect(userVersion(store.db)).toBe(migrations.length);
      expect(store.sessions.get('s')).toMatchObject({ title: 'Avond', notes: 'eigen notitie', nameDisplay: 'initials' });
      expect(store.participants.list('s')).toEqual([
        { id: 'p1', sessionId: 's', name: 'Fatima el Amrani', organisation: 'Gemeente', role: 'deelnemer', jobTitle: '', email: '', joinedMonth: '2019-03' },
        { id: 'p2', sessionId: 's', name: 'Jan de Vries', organisation: 'Gemeente', role: 'voorbereider', jobTitle: '', email: '', joinedMonth: '2019-03' },
      ]);
      store.participants.update({ ...store.participants.get('p1')!, jobTitle: 'wethouder' });
      store.sessions.update({ ...store.sessions.get('s')!, nameDisplay: 'none' });
      expect(store.participants.get('p1')?.jobTitle).toBe('wethouder');
      expect(store.sessions.get('s')?.nameDisplay).toBe('none');
      expect(() => store.db.prepare("UPDATE sessions SET name_display = 'half'").run()).toThrow(/CHECK/);
      expect(() => store.db.prepare(`UPDATE participants SET job_title = '${'x'.repeat(121)}'`).run()).toThrow(/CHECK/);
      store.close();
    });
  });

  it('runs steps by their version, in order, across a number held back for another step', () => {
    const ran: number[] = [];
    const step = (version: number) => ({ version, name: `step ${version}`, up: () => void ran.push(version) });
    const withGap = [step(1), step(2), step(5)];
    const db = fresh();
    migrate(db, withGap, 2);
    expect(ran).toEqual([1, 2]);
    migrate(db, withGap);
    expect(ran).toEqual([1, 2, 5]);
    expect(userVersion(db)).toBe(5);
    migrate(db, withGap);
    expect(ran).toEqual([1, 2, 5]);
    // Once the held-back steps arrive, a database that had them not yet runs them; one past them does not.
    const older = fresh();
    migrate(older, withGap, 2);
    migrate(older, [step(1), step(2), step(3), step(4), step(5)]);
    expect(ran).toEqual([1, 2, 5, 1, 2, 3, 4, 5]);
  });

  describe('012 the positive theme, block questions and the question on the beamer', () => {
    it('opens a file written before it, keeps sessions, blocks and templates, and reads them back with no theme and no questions', () => {
      const file = path.join(tempDir(), 'flipover.sqlite');
      const old = new Database(file, { nativeBinding: nativeBindingPath() });
      old.pragma('foreign_keys = ON');
      migrate(old, migrations, 11);
      old.prepare("INSERT INTO sessions (id, title, central_question, created_at, updated_at) VALUES ('s', 'Avond', 'Wat werkt?', '2026-01-01', '2026-01-01')").run();
      old.prepare(
        `INSERT INTO blocks (id, session_id, position, title, duration_minutes, grouping_json, instructions, phases_json)
         VALUES ('b', 's', 0, 'Interview', 30, '{"kind":"duos"}', 'Over {thema}.', '[{"label":"A interviewt B","minutes":15,"advance":"auto"}]')`,
      ).run();
      const fields = { title: 'Mijn check-in', werkvormId: '', durationMinutes: 10, fixedStart: '', grouping: { kind: 'plenary' }, roles: false, instructions: '', facilitatorNotes: '', materials: 'stiften', phases: [] };
      old.prepare("INSERT INTO templates (id, name, fields_json, created_at) VALUES ('t', 'Mijn check-in', ?, '2026-01-01')").run(JSON.stringify(fields));
      old.close();

      const store = Store.open(file);
      expect(userVersion(store.db)).toBeGreaterThanOrEqual(12);
      expect(store.sessions.get('s')).toMatchObject({ title: 'Avond', centralQuestion: 'Wat werkt?', theme: '' });
      expect(store.blocks.get('b')).toMatchObject({ title: 'Interview', instructions: 'Over {thema}.', phases: [{ label: 'A interviewt B' }], questions: [] });
      expect(store.templates.list()).toEqual([{ id: 't', name: 'Mijn check-in', fields: { ...fields, questions: [] }, createdAt: '2026-01-01' }]);
      expect(store.appState.read().beamerQuestion).toEqual({ blockId: null, index: 0, list: false });

      store.sessions.update({ ...store.sessions.get('s')!, theme: 'samenwerking rond de inwoner' });
      store.blocks.update({ ...store.blocks.get('b')!, questions: ['Wat werkt er al bij {thema}?', 'Wat neem je mee?'] });
      store.appState.setBeamerQuestion({ blockId: 'b', index: 1, list: true });
      expect(store.sessions.get('s')?.theme).toBe('samenwerking rond de inwoner');
      expect(store.blocks.get('b')?.questions).toEqual(['Wat werkt er al bij {thema}?', 'Wat neem je mee?']);
      expect(store.appState.read().beamerQuestion).toEqual({ blockId: 'b', index: 1, list: true });
      expect(() => store.db.prepare(`UPDATE sessions SET theme = '${'x'.repeat(121)}'`).run()).toThrow(/CHECK/);
      expect(() => store.db.prepare("UPDATE blocks SET questions_json = '{}'").run()).toThrow(/CHECK/);
      expect(() => store.db.prepare('UPDATE app_state SET beamer_question_index = -1').run()).toThrow(/CHECK/);
      expect(() => store.db.prepare("UPDATE app_state SET beamer_question_block_id = 'missing'").run()).toThrow(/FOREIGN KEY/);
      // The block goes, and its question leaves the beamer with it.
      store.db.prepare("DELETE FROM blocks WHERE id = 'b'").run();
      expect(store.appState.read().beamerQuestion.blockId).toBeNull();
      store.close();
    });
  });

  describe('013 boards of columns, fields and cards', () => {
    it('keeps every board’s kind and entities in order, and takes the new kinds and areas', () => {
      const db = fresh();
      migrate(db, migrations, 12);
      db.prepare("INSERT INTO sessions (id, title, created_at, updated_at) VALUES ('s', 'Avond', 'x', 'x')").run();
      db.prepare("INSERT INTO boards (id, session_id, title, kind, layout, created_at) VALUES ('t', 's', 'Kaart', 'notes', 'stakeholders', 'x')").run();
      const insert = db.prepare("INSERT INTO board_entities (id, board_id, kind, data_json) VALUES (?, 't', ?, '{}')");
      for (const [id, kind] of [['n2', 'note'], ['r', 'ring'], ['n1', 'note']]) insert.run(id, kind);
      db.prepare("INSERT INTO board_history (board_id, position, forward_json, inverse_json) VALUES ('t', 0, '{}', '{}')").run();
      migrate(db, migrations, 13);
      expect(userVersion(db)).toBe(13);
      expect(db.prepare("SELECT layout FROM boards WHERE id = 't'").get()).toEqual({ layout: 'stakeholders' });
      expect(db.prepare('SELECT id, kind FROM board_entities ORDER BY rowid').all()).toEqual([
        { id: 'n2', kind: 'note' },
        { id: 'r', kind: 'ring' },
        { id: 'n1', kind: 'note' },
      ]);
      expect(db.prepare('SELECT count(*) AS n FROM board_history').get()).toEqual({ n: 1 });
      insert.run('a', 'area');
      expect(() => insert.run('z', 'sticker')).toThrow(/CHECK/);
      for (const kind of ['columns', 'fields', 'cards']) db.prepare('UPDATE boards SET layout = ?').run(kind);
      expect(() => db.prepare("UPDATE boards SET layout = 'circle'").run()).toThrow(/CHECK/);
      db.prepare("DELETE FROM sessions WHERE id = 's'").run();
      expect(db.prepare('SELECT count(*) AS n FROM board_entities').get()).toEqual({ n: 0 });
    });
  });

  it('opens a file with a ring board written before 013 and reads the board back whole, then stores a board of columns in it', () => {
    const file = path.join(tempDir(), 'flipover.sqlite');
    const old = new Database(file, { nativeBinding: nativeBindingPath() });
    old.pragma('foreign_keys = ON');
    migrate(old, migrations, 11);
    old.prepare("INSERT INTO sessions (id, title, created_at, updated_at) VALUES ('s', 'Avond', '2026-01-01', '2026-01-01')").run();
    old.prepare("INSERT INTO boards (id, session_id, title, kind, layout, created_at) VALUES ('b', 's', 'Kaart', 'notes', 'stakeholders', '2026-01-01')").run();
    old.prepare(`INSERT INTO board_entities (id, board_id, kind, data_json) VALUES ('r', 'b', 'ring', '{"id":"r","index":0,"label":"Dichtbij"}')`).run();
    old.close();

    const store = Store.open(file);
    expect(userVersion(store.db)).toBe(migrations.length);
    expect(store.boards.get('b')).toMatchObject({ kind: 'stakeholders', content: { rings: { r: { id: 'r', index: 0, label: 'Dichtbij' } } } });
    store.boards.create({ id: 'c', sessionId: 's', blockId: null, title: 'Partnerschapskaart', kind: 'columns', createdAt: '2026-01-02' });
    store.boards.applyPatch('c', patch({ areas: [{ id: 'a', index: 0, label: 'Waarden', step: 0, current: true }] }));
    store.close();
    const again = Store.open(file);
    expect(again.boards.get('c')).toMatchObject({ kind: 'columns', content: { areas: { a: { label: 'Waarden', current: true } } } });
    again.close();
  });

  it('is idempotent: migrating twice changes nothing', () => {
    const db = fresh();
    migrate(db);
    migrate(db);
    expect(userVersion(db)).toBe(latestVersion);
  });

  it('refuses a database from a newer Flipover', () => {
    const db = fresh();
    db.pragma(`user_version = ${latestVersion + 1}`);
    expect(() => migrate(db)).toThrow(StoreError);
  });
});
