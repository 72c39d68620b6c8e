import './board.css';
import { useState } from 'react';
import type { Block } from '../../../shared/planner/agenda.js';
import { BOARD_KINDS, type Board, type BoardKind } from '../../../shared/board/board.js';
import type { Participant } from '../../../shared/participants/participant.js';
import { useClient } from '../client/client-context.js';
import { ErrorList } from '../common/ErrorList.js';
import { errorText } from '../i18n/error-text.js';
import { useI18n } from '../i18n/i18n.js';
import { AreasView } from '../areas/AreasView.js';
import { isAreaKind } from '../../../shared/areas/areas.js';
import { RingsView } from '../rings/RingsView.js';
import { ScaleView } from '../scale/ScaleView.js';
import { TimelineView } from '../timeline/TimelineView.js';
import { BoardView } from './BoardView.js';

interface Props {
  sessionId: string;
  boards: Board[];
  blocks: readonly Block[];
  participants: Participant[];
  /** The board open now, if any; the app keeps it so a reload comes back to it. */
  openId: string | null;
  onOpen(boardId: string | null): void;
}

/** A session's boards: make one, open one. */
export function BoardsPanel({ sessionId, boards, blocks, participants, openId, onOpen: setOpenId }: Props) {
  const { t } = useI18n();
  const client = useClient();
  const [title, setTitle] = useState('');
  const [blockId, setBlockId] = useState('');
  const [kind, setKind] = useState<BoardKind>('notes');
  const [errors, setErrors] = useState<string[]>([]);
  const open = boards.find((b) => b.id === openId);
  if (open) {
    const close = () => setOpenId(null);
    return (
      // Closing a board hands focus to its button in the list.
      <div className="focus-carrier" data-focus-then={`board-${open.id}`}>
        {open.kind === 'progress' || open.kind === 'influence' || open.kind === 'stakeholders' ? (
          <RingsView key={open.id} board={open} onClose={close} />
        ) : open.kind === 'scale' ? (
          <ScaleView key={open.id} board={open} participants={participants} onClose={close} />
        ) : open.kind === 'timeline' ? (
          <TimelineView key={open.id} board={open} participants={participants} onClose={close} />
        ) : isAreaKind(open.kind) ? (
          <AreasView key={open.id} board={open} kind={open.kind} onClose={close} />
        ) : (
          <BoardView key={open.id} board={open} onClose={close} />
        )}
      </div>
    );
  }

  const create = async (e: React.FormEvent) => {
    e.preventDefault();
    const result = await client.request('board.create', { sessionId, title, kind, ...(blockId ? { blockId } : {}) });
    if (!result.ok) return setErrors(errorText(result.error, t, () => t.board.titleLabel));
    setErrors([]);
    setTitle('');
    setOpenId(result.value.id);
  };

  return (
    <section className="boards-panel" aria-labelledby="boards-heading">
      <h2 id="boards-heading">{t.board.heading}</h2>
      {boards.length === 0 ? (
        <p>{t.board.empty}</p>
      ) : (
        <ul className="board-list">
          {boards.map((b) => (
            <li key={b.id}>
              <button type="button" aria-label={t.board.open(b.title)} onClick={() => setOpenId(b.id)} data-focus-key={`board-${b.id}`} data-focus-then="board-canvas">
                <span className="board-list-title">{b.title}</span>
                <span className="board-list-summary">
                  {b.kind === 'timeline'
                    ? `${t.timeline.kinds.timeline} · ${t.timeline.count(Object.keys(b.content.anecdotes).length)}`
                    : b.kind === 'notes'
                      ? t.board.summary(Object.keys(b.content.notes).length, Object.keys(b.content.clusters).length)
                      : t.timeline.kinds[b.kind]}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="board-create" onSubmit={(e) => void create(e)} aria-label={t.board.newBoard} data-focus-then="board-canvas">
        <h3>{t.board.newBoard}</h3>
        <label>
          <span>{t.board.titleLabel}</span>
          <input value={title} maxLength={200} placeholder={t.board.titlePlaceholder} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <fieldset className="board-kind">
          <legend>{t.timeline.kindLabel}</legend>
          {BOARD_KINDS.map((k) => (
            <label key={k}>
              <input type="radio" name="board-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t.timeline.kinds[k]}
            </label>
          ))}
        </fieldset>
        <label>
          <span>{t.board.blockLabel}</span>
          <select value={blockId} onChange={(e) => setBlockId(e.target.value)}>
            <option value="">{t.board.noBlock}</option>
            {blocks.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </select>
        </label>
        <ErrorList messages={errors} />
        <button type="submit">{t.board.create}</button>
      </form>
    </section>
  );
}
