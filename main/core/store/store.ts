import type { Database } from 'better-sqlite3';
import type { StoredState } from '../../../shared/state.js';
import { AppStateRepo } from './app-state-repo.js';
import { BlockRepo } from '../planner/block-repo.js';
import { openDatabase, type OpenOptions } from './open-database.js';
import { ParticipantRepo } from '../participants/participant-repo.js';
import { SessionRepo } from '../sessions/session-repo.js';
import { BoardRepo } from '../board/board-repo.js';
import { ActionsRepo } from '../actions/actions-repo.js';
import { PhotoRepo } from '../photos/photo-repo.js';
import { RunRepo } from '../run/run-repo.js';
import { TemplateRepo } from '../planner/template-repo.js';
import { ScreenMemoryRepo } from '../screens/screen-memory-repo.js';

/**
 * The open database with its repositories. A restore puts another file in
 * the database's place and opens it again: the Store stays the same object,
 * so everything that holds it reads the restored data.
 */
export class Store {
  db!: Database;
  sessions!: SessionRepo;
  appState!: AppStateRepo;
  blocks!: BlockRepo;
  participants!: ParticipantRepo;
  templates!: TemplateRepo;
  run!: RunRepo;
  boards!: BoardRepo;
  actions!: ActionsRepo;
  screens!: ScreenMemoryRepo;
  photos!: PhotoRepo;

  private constructor(
    readonly file: string,
    private readonly options: OpenOptions,
  ) {
    this.attach(openDatabase(file, options));
  }

  static open(file: string, options: OpenOptions = {}): Store {
    return new Store(file, options);
  }

  /** Opens the file at `file` again, whatever is there now (after a restore). */
  reopen(): void {
    this.close();
    this.attach(openDatabase(this.file, this.options));
  }

  private attach(db: Database): void {
    this.db = db;
    this.blocks = new BlockRepo(db);
    this.participants = new ParticipantRepo(db);
    this.templates = new TemplateRepo(db);
    this.run = new RunRepo(db);
    this.boards = new BoardRepo(db);
    this.actions = new ActionsRepo(db);
    this.screens = new ScreenMemoryRepo(db);
    this.photos = new PhotoRepo(db);
    this.sessions = new SessionRepo(db);
    this.appState = new AppStateRepo(db);
  }

  /** Runs `work` in one transaction; a throw rolls everything back. */
  transaction<T>(work: () => T): T {
    try {
      return this.db.transaction(work).immediate();
    } catch (error) {
      // Whatever the work cached is rolled back on disk; drop it in memory too.
      this.boards.forgetCache();
      throw error;
    }
  }

  /** Everything stored, as a window sees it (the bus adds the clock reading). */
  state(): StoredState {
    const { seq, openSessionId, beamerView, beamerBoard, beamerQuestion, beamerActions } = this.appState.read();
    return {
      seq,
      sessions: this.sessions.list(),
      openSessionId,
      beamerView,
      beamerBoard,
      beamerQuestion,
      beamerActions,
      agendas: this.blocks.agendas(),
      templates: this.templates.list(),
      participants: this.participants.all(),
      run: this.run.get(),
      boards: this.boards.all(),
      actions: this.actions.all(),
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
