import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { BLOCK_LIMITS, questionSchema } from '../../../shared/planner/agenda.js';
import { addQuestions, moveQuestion, removeQuestion, rewordQuestion } from '../../../shared/planner/question-list.js';
import { laterEchoComing, rebaseByPlace } from '../../../shared/planner/rebase-by-place.js';
import type { Werkvorm } from '../../../shared/planner/werkvorm.js';
import { ErrorList } from '../common/ErrorList.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  questions: string[];
  /** The block's werkvorm, whose further question sets can be added. */
  werkvorm: Werkvorm | undefined;
  /** Sends the whole list; resolves whether main took it. */
  onCommit(questions: string[]): Promise<boolean>;
}

/**
 * A block's questions in the order the room gets them: reworded in place
 * (sent when the field is left), moved with the buttons or Alt+↑/↓, removed,
 * and added one at a time or as one of the werkvorm's sets.
 */
export function QuestionsEditor({ questions, werkvorm, onCommit }: Props) {
  const { t } = useI18n();
  const q = t.room.questions;
  const id = useId();
  const [draft, setDraft] = useState(questions);
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const list = useRef<HTMLOListElement>(null);
  // A question being typed (it differs from what main last sent) survives main's next list, and the echo
  // of a list sent here while a later one is on its way leaves the draft alone.
  const base = useRef(questions);
  const waiting = useRef<string[][]>([]);
  useEffect(() => {
    const sent = base.current;
    base.current = questions;
    if (laterEchoComing(waiting.current, questions)) return;
    setDraft((current) => rebaseByPlace(current, questions, (i) => current[i] !== sent[i]));
  }, [questions]);
  const newField = useRef<HTMLInputElement>(null);
  // Rows are kept by place, so focus is put where the change went: a moved question keeps it (on its
  // text, or on the arrow that moved it while that still can); a removed one hands it to the next.
  const focusNext = useRef<{ index: number; control: 'text' | 'up' | 'down' } | null>(null);
  useLayoutEffect(() => {
    const wanted = focusNext.current;
    if (!wanted) return;
    focusNext.current = null;
    const row = list.current?.children[wanted.index];
    const arrow = wanted.control === 'text' ? null : row?.querySelector<HTMLButtonElement>(`button[data-move="${wanted.control}"]:not(:disabled)`);
    (arrow ?? row?.querySelector('textarea') ?? newField.current)?.focus();
  });

  // What main refuses stays in the fields as typed, beside main's reason: nothing typed is lost.
  const commit = async (next: string[]): Promise<boolean> => {
    const empty = next.findIndex((question) => !questionSchema.safeParse(question).success);
    if (empty >= 0) {
      focusNext.current = null;
      setErrors([q.emptyQuestion(empty + 1)]);
      return false;
    }
    setErrors([]);
    setDraft(next);
    waiting.current.push(next);
    const taken = await onCommit(next);
    // Refused: no echo of it is coming.
    if (!taken) waiting.current = waiting.current.filter((list) => list !== next);
    return taken;
  };
  const move = (from: number, to: number, control: 'text' | 'up' | 'down') => {
    if (to < 0 || to >= draft.length) return;
    focusNext.current = { index: to, control };
    void commit(moveQuestion(draft, from, to));
  };
  const add = () => {
    const question = typed.trim();
    if (!question) return;
    if (draft.length >= BLOCK_LIMITS.questions) return setErrors([q.full(BLOCK_LIMITS.questions)]);
    void commit([...draft, question]).then((taken) => taken && setTyped(''));
  };
  const onQuestionKeys = (index: number) => (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(index, index + (e.key === 'ArrowUp' ? -1 : 1), 'text');
  };

  return (
    <fieldset className="questions-editor" aria-describedby={`${id}-hint`}>
      <legend>{q.heading}</legend>
      <p id={`${id}-hint`} className="hint">
        {q.hint} {draft.length > 1 && q.keys}
      </p>
      {draft.length === 0 ? (
        <p className="hint">{q.empty}</p>
      ) : (
        <ol ref={list} className="questions-list">
          {draft.map((question, index) => (
            <li key={index}>
              <span className="question-number" aria-hidden="true">
                {index + 1}.
              </span>
              <textarea
                rows={2}
                aria-label={q.question(index + 1)}
                value={question}
                maxLength={BLOCK_LIMITS.question + 50}
                onChange={(e) => setDraft((d) => rewordQuestion(d, index, e.target.value))}
                onBlur={() => draft[index] !== questions[index] && void commit(draft)}
                onKeyDown={onQuestionKeys(index)}
              />
              <div className="question-actions">
                <button type="button" data-move="up" aria-label={q.moveUp(index + 1)} disabled={index === 0} onClick={() => move(index, index - 1, 'up')}>
                  ↑
                </button>
                <button
                  type="button"
                  data-move="down"
                  aria-label={q.moveDown(index + 1)}
                  disabled={index === draft.length - 1}
                  onClick={() => move(index, index + 1, 'down')}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={q.remove(index + 1)}
                  onClick={() => {
                    focusNext.current = { index, control: 'text' };
                    void commit(removeQuestion(draft, index));
                  }}
                >
                  ×
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className="question-add">
        <label htmlFor={`${id}-new`}>{q.newLabel}</label>
        <input
          ref={newField}
          id={`${id}-new`}
          value={typed}
          maxLength={BLOCK_LIMITS.question + 50}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        />
        <button type="button" onClick={add}>
          {q.add}
        </button>
      </div>
      {(werkvorm?.questionSets ?? []).map((set) => (
        <button key={set.name} type="button" className="question-set" onClick={() => void commit(addQuestions(draft, set.questions, BLOCK_LIMITS.questions))}>
          {q.addSet(set.name)}
        </button>
      ))}
      <ErrorList messages={errors} />
    </fieldset>
  );
}
