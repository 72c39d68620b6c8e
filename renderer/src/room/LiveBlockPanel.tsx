import './room.css';
import { useEffect, useState } from 'react';
import type { QuestionShown } from '../../../shared/beamer/beamer-question.js';
import type { RequestName, RequestPayload } from '../../../shared/contract/requests.js';
import type { Block } from '../../../shared/planner/agenda.js';
import type { Phase } from '../../../shared/planner/werkvorm.js';
import { materialsOf } from '../../../shared/planner/packing-list.js';
import { blockForRoom, fillTheme } from '../../../shared/planner/theme.js';
import { useClient } from '../client/client-context.js';
import { ErrorList } from '../common/ErrorList.js';
import { useErrorText } from '../facilitator/use-error-text.js';
import { useI18n } from '../i18n/i18n.js';
import { groupingText } from '../planner/grouping-text.js';
import { LiveQuestions } from './LiveQuestions.js';
import { ThemeWarning } from './ThemeWarning.js';

interface Props {
  block: Block;
  theme: string;
  /** The phase the room is in, whose grouping may differ from the block's. */
  phase: Phase | undefined;
  hasBoard: boolean;
  shown: QuestionShown | null;
  send<N extends RequestName>(name: N, payload: RequestPayload<N>): void;
  onOpenBoard(boardId: string): void;
  /** Opens the proposals, for a block that works on them. */
  onOpenActions?(): void;
}

/** What the facilitator needs at hand for the block that is on: notes, questions, materials, how the room works, and its board. */
export function LiveBlockPanel({ block, theme, phase, hasBoard, shown, send, onOpenBoard, onOpenActions }: Props) {
  const { t } = useI18n();
  const l = t.room.live;
  const client = useClient();
  const toText = useErrorText();
  const [errors, setErrors] = useState<string[]>([]);
  // The board's code loads with the first board opened: fetched now, the block's board opens at once.
  useEffect(() => void import('../board/BoardsPanel.js'), []);
  const room = blockForRoom(block, theme);
  const materials = materialsOf(block.materials);
  const openBoard = async () => {
    const result = await client.request('board.forBlock', { blockId: block.id });
    if (!result.ok) return setErrors(toText(result.error));
    setErrors([]);
    onOpenBoard(result.value.id);
  };
  return (
    <section className="live-block" aria-labelledby="live-block-heading">
      <h2 id="live-block-heading">{l.heading}</h2>
      <ThemeWarning block={block} theme={theme} />
      <button type="button" className="primary" onClick={() => void openBoard()} data-focus-then="board-canvas">
        {hasBoard ? l.openBoard : l.makeBoard}
      </button>
      {onOpenActions && (
        <button type="button" className="primary" onClick={onOpenActions}>
          {t.actions.openFromLive}
        </button>
      )}
      <ErrorList messages={errors} />
      <h3>{l.notes}</h3>
      {block.facilitatorNotes.trim() ? <p className="live-block-notes">{block.facilitatorNotes}</p> : <p className="hint">{l.noNotes}</p>}
      <div className="live-block-facts">
        <div>
          <h3>{l.grouping}</h3>
          <p>
            {groupingText(block.grouping, t)}
            {phase?.grouping && (
              <>
                <br />
                {l.phaseGrouping(fillTheme(phase.label, theme), groupingText(phase.grouping, t))}
              </>
            )}
            {block.roles && (
              <>
                <br />
                {l.roles}
              </>
            )}
          </p>
        </div>
        <div>
          <h3>{l.materials}</h3>
          {materials.length > 0 ? (
            <ul className="live-block-materials">
              {materials.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : (
            <p className="hint">{l.noMaterials}</p>
          )}
        </div>
      </div>
      <h3>{l.questions}</h3>
      <LiveQuestions blockId={block.id} questions={room.questions} shown={shown} send={send} />
    </section>
  );
}
