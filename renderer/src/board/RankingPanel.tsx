import { memo, useState } from 'react';
import type { BoardContent } from '../../../shared/board/board.js';
import { clusterRanking } from '../../../shared/board/board-ops.js';
import { listOf } from '../../../shared/board/record-list.js';
import { ConfirmDialog } from '../common/ConfirmDialog.js';
import { useI18n } from '../i18n/i18n.js';

/** The themes from most to fewest dots, and the way to start voting afresh. */
export function RankingPanel({ content, onReset }: { content: BoardContent; onReset(): void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const ranking = clusterRanking(content);
  const anyVotes = listOf(content.notes).some((n) => n.votes > 0) || listOf(content.clusters).some((c) => c.votes > 0);
  return (
    <section className="board-ranking" aria-labelledby="ranking-heading">
      <h2 id="ranking-heading">{t.board.ranking}</h2>
      {ranking.length === 0 ? <p>{t.board.rankingEmpty}</p> : <RankingList ranking={ranking} />}
      <button type="button" disabled={!anyVotes} onClick={() => setConfirming(true)}>
        {t.board.resetVotes}
      </button>
      {confirming && (
        <ConfirmDialog
          heading={t.board.resetConfirmTitle}
          body={t.board.resetConfirmBody}
          confirmLabel={t.board.resetConfirm}
          cancelLabel={t.board.cancel}
          onConfirm={() => {
            setConfirming(false);
            onReset();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}

type Ranked = ReturnType<typeof clusterRanking>[number];

const sameRanking = (a: readonly Ranked[], b: readonly Ranked[]) => a.length === b.length && a.every((r, i) => r.id === b[i]!.id && r.name === b[i]!.name && r.votes === b[i]!.votes);

/** The ranked themes; drawn again only when the order, a name or a count of dots changed, not at every note typed. */
const RankingList = memo(
  function RankingList({ ranking }: { ranking: readonly Ranked[] }) {
    const { t } = useI18n();
    return (
      // Room for the widest number: "12." of a conference's themes is cut at the left edge otherwise.
      <ol style={{ paddingLeft: `calc(${String(ranking.length).length + 1}ch + 0.6em)` }}>
        {ranking.map((r) => (
          <li key={r.id}>
            <span className="ranking-name">{r.name || '…'}</span> <span className="ranking-votes">{t.board.votes(r.votes)}</span>
          </li>
        ))}
      </ol>
    );
  },
  (a, b) => sameRanking(a.ranking, b.ranking),
);
