import { Eye, Maximize2, Monitor, MonitorUp } from 'lucide-react';
import type { BeamerBoard } from '../../../shared/beamer/beamer-board.js';
import { useClient } from '../client/client-context.js';
import { IconButton } from '../common/IconButton.js';
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
    <div className={`tool-group board-beamer${onBeamer ? ' shown' : ''}`}>
      {onBeamer ? (
        <span className="beamer-badge">
          <Monitor aria-hidden="true" />
          {t.board.onBeamer}
        </span>
      ) : (
        <IconButton label={t.board.showOnBeamer} icon={<MonitorUp />} onClick={() => void client.request('beamer.board', { boardId, viewport: viewport() })} data-focus-then="board-beamer" />
      )}
      <div role="radiogroup" aria-label={t.board.onBeamer} className="beamer-follow" data-focus-key="board-beamer">
        {[true, false].map((follow) => (
          <IconButton
            key={String(follow)}
            role="radio"
            label={follow ? t.board.beamerFollows : t.board.beamerShowsAll}
            icon={follow ? <Eye /> : <Maximize2 />}
            aria-checked={onBeamer && beamer.follow === follow}
            // Following is about this board; with another board on the beamer there is nothing to follow yet.
            disabled={!onBeamer}
            onClick={() => void client.request('beamer.board', { boardId, follow, viewport: viewport() })}
          />
        ))}
      </div>
    </div>
  );
}
