import type { Database, Statement } from 'better-sqlite3';
import { questionSchema, type Block } from '../../../shared/planner/agenda.js';
import { groupingSchema, phaseSchema } from '../../../shared/planner/werkvorm.js';
import { idRecord } from '../../../shared/contract/id-record.js';

interface BlockRow {
  id: string;
  session_id: string;
  position: number;
  title: string;
  werkvorm_id: string;
  duration_minutes: number;
  fixed_start: string;
  grouping_json: string;
  roles: number;
  instructions: string;
  facilitator_notes: string;
  materials: string;
  phases_json: string;
  questions_json: string;
}

const toBlock = (row: BlockRow): Block => ({
  id: row.id,
  sessionId: row.session_id,
  title: row.title,
  werkvormId: row.werkvorm_id,
  durationMinutes: row.duration_minutes,
  fixedStart: row.fixed_start,
  // Parsed, not cast: the JSON columns are the one place the schema is not SQL's.
  grouping: groupingSchema.parse(JSON.parse(row.grouping_json)),
  roles: row.roles === 1,
  instructions: row.instructions,
  facilitatorNotes: row.facilitator_notes,
  materials: row.materials,
  phases: phaseSchema.array().parse(JSON.parse(row.phases_json)),
  questions: questionSchema.array().parse(JSON.parse(row.questions_json)),
});

const toRow = (block: Block, position: number): BlockRow => ({
  id: block.id,
  session_id: block.sessionId,
  position,
  title: block.title,
  werkvorm_id: block.werkvormId,
  duration_minutes: block.durationMinutes,
  fixed_start: block.fixedStart,
  grouping_json: JSON.stringify(block.grouping),
  roles: block.roles ? 1 : 0,
  instructions: block.instructions,
  facilitator_notes: block.facilitatorNotes,
  materials: block.materials,
  phases_json: JSON.stringify(block.phases),
  questions_json: JSON.stringify(block.questions),
});

/** The agenda of each session, kept in order by a dense position 0..n-1. */
export class BlockRepo {
  private readonly insertStmt: Statement<BlockRow>;
  private readonly updateStmt: Statement<BlockRow>;
  private readonly deleteStmt: Statement<[string]>;
  private readonly getStmt: Statement<[string], BlockRow>;
  private readonly listStmt: Statement<[string], BlockRow>;
  private readonly allStmt: Statement<[], BlockRow>;
  private readonly positionStmt: Statement<[number, string]>;

  constructor(db: Database) {
    const columns =
      'id, session_id, position, title, werkvorm_id, duration_minutes, fixed_start, grouping_json, roles, instructions, facilitator_notes, materials, phases_json, questions_json';
    this.insertStmt = db.prepare(`INSERT INTO blocks (${columns}) VALUES (${columns.replace(/(\w+)/g, '@$1')})`);
    this.updateStmt = db.prepare(`
      UPDATE blocks SET title = @title, werkvorm_id = @werkvorm_id, duration_minutes = @duration_minutes,
        fixed_start = @fixed_start, grouping_json = @grouping_json, roles = @roles, instructions = @instructions,
        facilitator_notes = @facilitator_notes, materials = @materials, phases_json = @phases_json,
        questions_json = @questions_json
      WHERE id = @id`);
    this.deleteStmt = db.prepare('DELETE FROM blocks WHERE id = ?');
    this.getStmt = db.prepare('SELECT * FROM blocks WHERE id = ?');
    this.listStmt = db.prepare('SELECT * FROM blocks WHERE session_id = ? ORDER BY position');
    this.allStmt = db.prepare('SELECT * FROM blocks ORDER BY session_id, position');
    this.positionStmt = db.prepare('UPDATE blocks SET position = ? WHERE id = ?');
  }

  get(id: string): Block | undefined {
    const row = this.getStmt.get(id);
    return row ? toBlock(row) : undefined;
  }

  list(sessionId: string): Block[] {
    return this.listStmt.all(sessionId).map(toBlock);
  }

  /** Every session's agenda, keyed by session id. */
  agendas(): Record<string, Block[]> {
    const agendas = idRecord<Block[]>();
    for (const row of this.allStmt.all()) (agendas[row.session_id] ??= []).push(toBlock(row));
    return agendas;
  }

  /** Puts `block` at `index` of its session's agenda (clamped to the ends). */
  insertAt(block: Block, index: number): number {
    const order = this.list(block.sessionId).map((b) => b.id);
    const at = Math.max(0, Math.min(index, order.length));
    order.splice(at, 0, block.id);
    this.insertStmt.run(toRow(block, at));
    this.renumber(order);
    return at;
  }

  update(block: Block): void {
    this.updateStmt.run(toRow(block, 0));
  }

  /** Removes a block and returns where it stood, for undo. */
  delete(id: string): number {
    const block = this.get(id);
    if (!block) return -1;
    const order = this.list(block.sessionId).map((b) => b.id);
    const index = order.indexOf(id);
    this.deleteStmt.run(id);
    order.splice(index, 1);
    this.renumber(order);
    return index;
  }

  /** Moves a block to `toIndex`; returns the session's new order. */
  move(id: string, toIndex: number, sessionId: string): string[] {
    const order = this.list(sessionId).map((b) => b.id);
    const from = order.indexOf(id);
    order.splice(from, 1);
    order.splice(Math.max(0, Math.min(toIndex, order.length)), 0, id);
    this.renumber(order);
    return order;
  }

  private renumber(order: string[]): void {
    order.forEach((id, position) => this.positionStmt.run(position, id));
  }
}
