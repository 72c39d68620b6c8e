import type { BeamerBoard } from '../../../shared/beamer/beamer-board.js';
import { useClient } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';
import type { Viewport } from '../../../shared/beamer/beamer-board.js';

interface Props {
  boardId: string;
  beamer: BeamerBoard;
  viewport(): Viewport;
}

/** Puts this board on the beamer, and says whether the beamer follows the facilitator's view or shows it all. */
export function BoardBeamerControls({ boardId, beamer, viewport }: Props) {
  const { t } = useI18n();
  const client = useClient();
  const onBeamer = beamer.boardId === boardId;
  return (
    <div className="board-beamer">
      {onBeamer ? (
        <span className="badge">{t.board.onBeamer}</span>
      ) : (
        <button type="button" onClick={() => void client.request('beamer.board', { boardId, viewport: viewport() })} data-focus-then="board-beamer">
          {t.board.showOnBeamer}
        </button>
      )}
      <div role="radiogroup" aria-label={t.board.onBeamer} className="beamer-follow" data-focus-key="board-beamer">
        {[true, false].map((follow) => (
          <button
            key={String(follow)}
            type="button"
            role="radio"
            aria-checked={onBeamer && beamer.follow === follow}
            // Following is about this board; with another board on the beamer there is nothing to follow yet.
            disabled={!onBeamer}
            onClick={() => void client.request('beamer.board', { boardId, follow, viewport: viewport() })}
          >
            {follow ? t.board.beamerFollows : t.board.beamerShowsAll}
          </button>
        ))}
      </div>
    </div>
  );
}
