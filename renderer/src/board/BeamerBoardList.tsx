import { memo } from 'react';
import type { BoardContent, Note } from '../../../shared/board/board.js';
import { clusterTotals, readingOrder } from '../../../shared/board/reading-order.js';
import { useI18n } from '../i18n/i18n.js';
import { sameNotes } from './same-notes.js';
import { isLargeBoard } from './large-board.js';

interface Props {
  content: BoardContent;
}

/** What the canvas shows, as text: for a screen reader in the room, and for anyone checking the beamer. */
export const BeamerBoardList = memo(function BeamerBoardList({ content }: Props) {
  const { t } = useI18n();
  const totals = clusterTotals(content);
  return (
    <div className={isLargeBoard(content) ? 'visually-hidden board-items-large' : 'visually-hidden'}>
      {readingOrder(content).map(({ cluster, notes }) => {
        const label = cluster
          ? t.board.clusterItem(cluster.name, totals.get(cluster.id)?.count ?? 0, cluster.votes + (totals.get(cluster.id)?.votes ?? 0), cluster.collapsed)
          : t.board.loose;
        return <ThemeList key={cluster?.id ?? 'loose'} label={label} notes={notes} />;
      })}
    </div>
  );
});

/** One theme's notes; drawn again only when they or its name changed. */
const ThemeList = memo(
  function ThemeList({ label, notes }: { label: string; notes: readonly Note[] }) {
    const { t } = useI18n();
    return (
      <ul className="board-item-group" aria-label={label}>
        {notes.map((n) => (
          <li key={n.id}>{t.board.noteItem(n.text, t.board.colours[n.color] ?? '', n.votes, n.author)}</li>
        ))}
      </ul>
    );
  },
  (a, b) => a.label === b.label && sameNotes(a.notes, b.notes),
);
