import { memo } from 'react';
import type { BoardContent, Cluster, Note } from '../../../shared/board/board.js';
import { clusterTotals, readingOrder, type ItemRef } from '../../../shared/board/board-geometry.js';
import { useI18n } from '../i18n/i18n.js';
import { itemKey } from './gesture.js';
import { sameNotes } from './same-notes.js';
import { isLargeBoard } from './large-board.js';

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
  return (
    <div className={isLargeBoard(content) ? 'visually-hidden board-items-large' : 'visually-hidden'}>
      {readingOrder(content).map(({ cluster, notes }) => {
        const label = cluster
          ? t.board.clusterItem(cluster.name, totals.get(cluster.id)?.count ?? 0, cluster.votes + (totals.get(cluster.id)?.votes ?? 0), cluster.collapsed)
          : t.board.loose;
        return <ThemeOptions key={cluster?.id ?? 'loose'} cluster={cluster} label={label} notes={notes} selected={selected} onPick={onPick} />;
      })}
    </div>
  );
});

interface ThemeProps {
  cluster: Cluster | null;
  label: string;
  notes: Note[];
  selected: ReadonlySet<string>;
  onPick(item: ItemRef): void;
}

const selectionSame = (a: ThemeProps, b: ThemeProps) =>
  a.selected === b.selected ||
  ((!a.cluster || a.selected.has(itemKey({ kind: 'cluster', id: a.cluster.id })) === b.selected.has(itemKey({ kind: 'cluster', id: a.cluster.id }))) &&
    a.notes.every((n) => a.selected.has(`note:${n.id}`) === b.selected.has(`note:${n.id}`)));

/** One theme's options; drawn again only when its notes, its name or what of it is selected changed, so a board of thousands takes a new note at once. */
const ThemeOptions = memo(
  function ThemeOptions({ cluster, label, notes, selected, onPick }: ThemeProps) {
    const { t } = useI18n();
    const option = (item: ItemRef, text: string) => (
      <div key={itemKey(item)} id={optionId(item)} role="option" aria-selected={selected.has(itemKey(item))} onClick={() => onPick(item)}>
        {text}
      </div>
    );
    return (
      <div className="board-item-group" role="group" aria-label={label}>
        {cluster && option({ kind: 'cluster', id: cluster.id }, label)}
        {notes.map((n) => option({ kind: 'note', id: n.id }, t.board.noteItem(n.text, t.board.colours[n.color] ?? '', n.votes, n.author)))}
      </div>
    );
  },
  (a, b) => a.cluster === b.cluster && a.label === b.label && a.onPick === b.onPick && sameNotes(a.notes, b.notes) && selectionSame(a, b),
);
