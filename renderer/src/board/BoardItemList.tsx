import { memo } from 'react';
import type { BoardContent, Cluster, Note } from '../../../shared/board/board.js';
import type { ItemRef } from '../../../shared/board/board-geometry.js';
import { clusterTotals, readingOrder } from '../../../shared/board/reading-order.js';
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
  const picked = pickedByTheme(content, selected);
  return (
    <div className={isLargeBoard(content) ? 'visually-hidden board-items-large' : 'visually-hidden'}>
      {readingOrder(content).map(({ cluster, notes }) => {
        const label = cluster
          ? t.board.clusterItem(cluster.name, totals.get(cluster.id)?.count ?? 0, cluster.votes + (totals.get(cluster.id)?.votes ?? 0), cluster.collapsed)
          : t.board.loose;
        const key = cluster?.id ?? LOOSE;
        return <ThemeOptions key={key} cluster={cluster} label={label} notes={notes} selected={selected} picked={picked.get(key) ?? ''} onPick={onPick} />;
      })}
    </div>
  );
});

const LOOSE = '';

/**
 * Per theme, what of it is selected, as one string: a theme redraws its
 * options only when that string changes, found by walking the selection (a
 * handful of items) rather than every theme's notes.
 */
function pickedByTheme(content: BoardContent, selected: ReadonlySet<string>): Map<string, string> {
  const byTheme = new Map<string, string[]>();
  for (const key of selected) {
    const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    const note = kind === 'note' ? content.notes[id] : undefined;
    if (kind === 'note' && !note) continue;
    const theme = note ? (note.clusterId !== null && content.clusters[note.clusterId] ? note.clusterId : LOOSE) : id;
    byTheme.set(theme, [...(byTheme.get(theme) ?? []), key]);
  }
  return new Map([...byTheme].map(([theme, keys]) => [theme, keys.sort().join('|')]));
}

interface ThemeProps {
  cluster: Cluster | null;
  label: string;
  notes: readonly Note[];
  selected: ReadonlySet<string>;
  /** What of this theme is selected; `selected` itself changes with any selection. */
  picked: string;
  onPick(item: ItemRef): void;
}

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
  (a, b) => a.cluster === b.cluster && a.label === b.label && a.onPick === b.onPick && a.picked === b.picked && sameNotes(a.notes, b.notes),
);
