import type { QuestionShown } from '../../../shared/beamer/beamer-question.js';
import type { RequestName, RequestPayload } from '../../../shared/contract/requests.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  blockId: string;
  /** The block's questions as the room reads them. */
  questions: string[];
  /** What the beamer shows of this block's questions, if anything. */
  shown: QuestionShown | null;
  send<N extends RequestName>(name: N, payload: RequestPayload<N>): void;
}

/** The current block's questions on the live panel: the one on the beamer marked, and each one a click away from it. */
export function LiveQuestions({ blockId, questions, shown, send }: Props) {
  const { t } = useI18n();
  const l = t.room.live;
  if (questions.length === 0) return <p className="hint">{l.noQuestions}</p>;
  const onBeamer = (i: number) => shown !== null && (shown.list || shown.index === i);
  return (
    <>
      <div className="live-question-controls" role="group" aria-label={l.questions}>
        <button type="button" aria-keyshortcuts="PageUp" disabled={!shown || shown.list || shown.index === 0} onClick={() => send('beamer.question', { blockId, step: -1 })}>
          ← {l.previous}
        </button>
        <button
          type="button"
          aria-keyshortcuts="PageDown"
          disabled={Boolean(shown && !shown.list && shown.index === questions.length - 1)}
          onClick={() => send('beamer.question', { blockId, step: 1 })}
        >
          {l.next} →
        </button>
        <button type="button" aria-keyshortcuts="L" aria-pressed={Boolean(shown?.list)} onClick={() => send('beamer.question', { blockId, list: !shown?.list })}>
          {shown?.list ? l.allOnBeamer : l.showAll}
        </button>
        {shown && (
          <button type="button" aria-keyshortcuts="V" onClick={() => send('beamer.question', { blockId: null })}>
            {l.takeOff}
          </button>
        )}
      </div>
      <ol className="live-questions">
        {questions.map((question, i) => (
          <li key={i} aria-current={onBeamer(i) ? 'true' : undefined}>
            <span className="live-question-number">{i + 1}.</span>
            <span className="live-question-text">{question}</span>
            {onBeamer(i) ? (
              <span className="live-question-mark">{l.onBeamer}</span>
            ) : (
              <button type="button" aria-label={l.showQuestion(i + 1)} onClick={() => send('beamer.question', { blockId, index: i })}>
                ▶
              </button>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
