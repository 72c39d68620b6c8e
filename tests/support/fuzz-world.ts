import type { Core } from '../../main/core/core.js';
import type { Participant } from '../../shared/participants/participant.js';
import type { Block } from '../../shared/planner/agenda.js';
import type { Template } from '../../shared/planner/template.js';
import type { Session } from '../../shared/sessions/session.js';
import { boardsOfEveryKind } from './every-board.js';
import { value } from './results.js';

/** Where a `Known` of a field finds its names: by the field's own name, else among every id there is. */
export type Pools = (key: string) => readonly string[];

/**
 * A session with something of everything (blocks, a participant, a template,
 * a board of each kind with its notes, themes, stories and relations, the
 * run started on it), made in the core directly, so the messages of a test
 * mostly name what exists: a request that only ever names nothing would only
 * ever test the not_found check. Whatever was there before is deleted.
 */
export function seedWorld(core: Core): Pools {
  const ask = <T>(name: string, payload: unknown) => value<T>(core.bus.dispatch(name, payload));
  // The last test's world goes first: the whole state is read for every message, so it stays small.
  for (const { id } of core.store.sessions.list()) ask('session.delete', { id });
  const session = ask<Session>('session.create', { title: 'Avond' });
  const blocks = [ask<Block>('block.add', { sessionId: session.id, fields: { title: 'Welkom', durationMinutes: 10 } }), ask<Block>('block.add', { sessionId: session.id, fields: { title: 'Interview', durationMinutes: 30 } })];
  const participant = ask<Participant>('participant.add', { sessionId: session.id, fields: { name: 'Anouk' } });
  const template = ask<Template>('template.save', { blockId: blocks[0]!.id });
  const { made } = boardsOfEveryKind(core, session);
  ask('run.start', { sessionId: session.id });
  const boards = Object.values(made).map((b) => b.id);
  const entities = new Set<string>();
  for (const id of boards) for (const record of Object.values(core.store.boards.get(id)!.content)) if (record && typeof record === 'object' && !Array.isArray(record)) for (const key of Object.keys(record)) entities.add(key);
  const pools: Record<string, string[]> = {
    sessionId: [session.id],
    blockId: blocks.map((b) => b.id),
    boardId: boards,
    name: core.backups.list().map((b) => b.name),
  };
  const every = [session.id, ...pools.blockId!, participant.id, template.id, ...boards, ...entities];
  return (key) => (pools[key]?.length ? pools[key] : every);
}
