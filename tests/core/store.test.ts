import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../main/core/core.js';
import { StoreError } from '../../main/core/store/store-error.js';
import type { Session } from '../../shared/sessions/session.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

describe('store', () => {
  it('keeps sessions across close and reopen', () => {
    const dir = tempDir();
    const first = createCore(dir);
    const created = first.bus.dispatch('session.create', {
      title: 'Waarderend onderzoek Noord',
      centralQuestion: 'Wat werkt er al in de wijk?',
      date: '2026-03-12',
      venue: 'Buurthuis De Kern',
      startTime: '16:00',
      endTime: '21:00',
    });
    expect(created.ok).toBe(true);
    const session = (created as { value: Session }).value;
    first.bus.dispatch('session.update', { id: session.id, changes: { title: 'Avond Noord' } });
    first.bus.dispatch('session.open', { id: session.id });
    first.close();

    const second = createCore(dir);
    const snapshot = second.store.state();
    expect(snapshot.seq).toBe(3);
    expect(snapshot.openSessionId).toBe(session.id);
    expect(snapshot.sessions).toHaveLength(1);
    expect(snapshot.sessions[0]).toMatchObject({
      title: 'Avond Noord',
      centralQuestion: 'Wat werkt er al in de wijk?',
      venue: 'Buurthuis De Kern',
      startTime: '16:00',
    });
    second.close();
  });

  it('uses WAL, synchronous=FULL and foreign keys', () => {
    const core = createCore(tempDir());
    expect(core.store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(core.store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(core.store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    core.close();
  });

  it('refuses a damaged database with a clear message and leaves it untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    fs.writeFileSync(file, Buffer.alloc(8192, 0x5a));
    const before = fs.readFileSync(file);
    let caught: unknown;
    try {
      createCore(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreError);
    expect((caught as StoreError).kind).toBe('damaged');
    expect((caught as Error).message).toMatch(/is damaged .* left untouched/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
