import { memo } from 'react';
import type { BoardContent } from '../../../shared/board/board.js';
import { clusterTotals, readingOrder } from '../../../shared/board/board-geometry.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  content: BoardContent;
}

/** What the canvas shows, as text: for a screen reader in the room, and for anyone checking the beamer. */
export const BeamerBoardList = memo(function BeamerBoardList({ content }: Props) {
  const { t } = useI18n();
  const totals = clusterTotals(content);
  return (
    <div className="visually-hidden">
      {readingOrder(content).map(({ cluster, notes }) => {
        const label = cluster
          ? t.board.clusterItem(cluster.name, totals.get(cluster.id)?.count ?? 0, cluster.votes + (totals.get(cluster.id)?.votes ?? 0), cluster.collapsed)
          : t.board.loose;
        return (
          <ul key={cluster?.id ?? 'loose'} className="board-item-group" aria-label={label}>
            {notes.map((n) => (
              <li key={n.id}>{t.board.noteItem(n.text, t.board.colours[n.color] ?? '', n.votes, n.author)}</li>
            ))}
          </ul>
        );
      })}
    </div>
  );
});
