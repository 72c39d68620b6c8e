import { memo } from 'react';
import type { BoardContent } from '../../../shared/board/board.js';
import { clusterTotals, readingOrder, type ItemRef } from '../../../shared/board/board-geometry.js';
import { useI18n } from '../i18n/i18n.js';
import { itemKey } from './gesture.js';

export const optionId = (item: ItemRef) => `board-${item.kind}-${item.id}`;

interface Props {
  content: BoardContent;
  selected: ReadonlySet<string>;
  onPick(item: ItemRef): void;
}

/**
 * The board as a screen reader walks it: each theme with its notes, then the
 * loose notes. The canvas points at the focused option, so moving focus on
 * the board is read out.
 */
export const BoardItemList = memo(function BoardItemList({ content, selected, onPick }: Props) {
  const { t } = useI18n();
  const totals = clusterTotals(content);
  const option = (item: ItemRef, label: string) => (
    <div key={itemKey(item)} id={optionId(item)} role="option" aria-selected={selected.has(itemKey(item))} onClick={() => onPick(item)}>
      {label}
    </div>
  );
  return (
    <div className="visually-hidden">
      {readingOrder(content).map(({ cluster, notes }) => {
        const label = cluster
          ? t.board.clusterItem(cluster.name, totals.get(cluster.id)?.count ?? 0, cluster.votes + (totals.get(cluster.id)?.votes ?? 0), cluster.collapsed)
          : t.board.loose;
        const items = notes.map((n) => option({ kind: 'note', id: n.id }, t.board.noteItem(n.text, t.board.colours[n.color] ?? '', n.votes, n.author)));
        return (
          <div key={cluster?.id ?? 'loose'} className="board-item-group" role="group" aria-label={label}>
            {cluster && option({ kind: 'cluster', id: cluster.id }, label)}
            {items}
          </div>
        );
      })}
    </div>
  );
});
