import { useRef } from 'react';
import type { Block } from '../../../shared/planner/agenda.js';
import { useFitText } from '../beamer/use-fit-text.js';
import { useI18n } from '../i18n/i18n.js';
import './beamer-question.css';

interface Props {
  /** The block with the theme already filled in. */
  block: Block;
  index: number;
  list: boolean;
  /** Room kept free in the corner for the countdown. */
  corner: boolean;
}

/**
 * A block's question for the room: one large, with its place in the list, or
 * all of them as a numbered list. The text shrinks to fit, never below 2.5%
 * of the screen's height (beamer-question.css).
 */
export function BeamerQuestionView({ block, index, list, corner }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const questions = block.questions;
  useFitText(box, list ? questions : questions[index], 0.3);
  return (
    <div className="beamer-questions" data-mode={list ? 'list' : 'one'} data-corner={corner}>
      <h1 className="beamer-questions-block">{block.title}</h1>
      <div className="beamer-questions-fit" ref={box}>
        {list ? (
          <ol className="beamer-questions-list">
            {questions.map((question, i) => (
              <li key={i}>{question}</li>
            ))}
          </ol>
        ) : (
          <p className="beamer-questions-one">{questions[index]}</p>
        )}
      </div>
      <p className="beamer-questions-place">{list ? t.room.beamer.questions(questions.length) : t.room.beamer.questionOf(index + 1, questions.length)}</p>
    </div>
  );
}
