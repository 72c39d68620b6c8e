import type { Database, Statement } from 'better-sqlite3';

export type PhotoMime = 'image/jpeg' | 'image/png';

/** A photo's cleaned pixels as stored: upright, at most 2,400 px on its long side, no metadata. */
export interface StoredPhoto {
  id: string;
  boardId: string;
  mime: PhotoMime;
  width: number;
  height: number;
  bytes: Buffer;
}

interface PhotoRow {
  id: string;
  board_id: string;
  mime: PhotoMime;
  width: number;
  height: number;
  bytes: Buffer;
}

/** The pixels of the photos laid on boards, apart from the boards' entities (which hold where each lies). */
export class PhotoRepo {
  private readonly insertStmt: Statement<[string, string, string, number, number, Buffer, string]>;
  private readonly getStmt: Statement<[string], PhotoRow>;
  private readonly countStmt: Statement<[], { n: number }>;

  constructor(db: Database) {
    this.insertStmt = db.prepare('INSERT INTO photos (id, board_id, mime, width, height, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.getStmt = db.prepare('SELECT id, board_id, mime, width, height, bytes FROM photos WHERE id = ?');
    this.countStmt = db.prepare('SELECT count(*) AS n FROM photos');
  }

  insert(photo: StoredPhoto, createdAt: string): void {
    this.insertStmt.run(photo.id, photo.boardId, photo.mime, photo.width, photo.height, photo.bytes, createdAt);
  }

  get(id: string): StoredPhoto | undefined {
    const row = this.getStmt.get(id);
    return row ? { id: row.id, boardId: row.board_id, mime: row.mime, width: row.width, height: row.height, bytes: row.bytes } : undefined;
  }

  count(): number {
    return this.countStmt.get()?.n ?? 0;
  }
}
