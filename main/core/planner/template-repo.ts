import type { Database, Statement } from 'better-sqlite3';
import { blockFieldsSchema } from '../../../shared/planner/agenda.js';
import type { Template } from '../../../shared/planner/template.js';

interface TemplateRow {
  id: string;
  name: string;
  fields_json: string;
  created_at: string;
}

const toTemplate = (row: TemplateRow): Template => ({
  id: row.id,
  name: row.name,
  fields: blockFieldsSchema.parse(JSON.parse(row.fields_json)),
  createdAt: row.created_at,
});

/** Own templates, shared by every session. */
export class TemplateRepo {
  private readonly insertStmt: Statement<TemplateRow>;
  private readonly deleteStmt: Statement<[string]>;
  private readonly listStmt: Statement<[], TemplateRow>;

  constructor(db: Database) {
    this.insertStmt = db.prepare('INSERT INTO templates (id, name, fields_json, created_at) VALUES (@id, @name, @fields_json, @created_at)');
    this.deleteStmt = db.prepare('DELETE FROM templates WHERE id = ?');
    this.listStmt = db.prepare('SELECT * FROM templates ORDER BY created_at, rowid');
  }

  insert(template: Template): void {
    this.insertStmt.run({ id: template.id, name: template.name, fields_json: JSON.stringify(template.fields), created_at: template.createdAt });
  }

  delete(id: string): boolean {
    return this.deleteStmt.run(id).changes === 1;
  }

  list(): Template[] {
    return this.listStmt.all().map(toTemplate);
  }
}
