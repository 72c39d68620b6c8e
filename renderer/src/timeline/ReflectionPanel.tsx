import { useId, useRef, useState, type FormEvent } from 'react';
import type { BoardContent, Cluster, Note } from '../../../shared/board/board.js';
import { REFLECTION_QUESTIONS } from '../../../shared/timeline/timeline.js';
import { useI18n } from '../i18n/i18n.js';
import './timeline-panels.css';

interface Props {
  content: BoardContent;
  onAnswer(clusterId: string, text: string): void;
}

/** The three reflection questions, each answered into the thema that carries its name. */
export function ReflectionPanel({ content, onAnswer }: Props) {
  const { t } = useI18n();
  const id = useId();
  const clusters = Object.values(content.clusters);
  const notes = Object.values(content.notes);

  return (
    <section className="tl-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t.timeline.reflection.heading}</h3>
      {REFLECTION_QUESTIONS.map((question) => {
        const cluster = clusters.find((c) => c.name === question);
        if (!cluster) return null;
        const answers = notes.filter((n) => n.clusterId === cluster.id).sort((a, b) => a.y - b.y || a.x - b.x);
        return <Question key={question} question={question} cluster={cluster} answers={answers} onAnswer={onAnswer} />;
      })}
    </section>
  );
}

interface QuestionProps {
  question: string;
  cluster: Cluster;
  answers: Note[];
  onAnswer(clusterId: string, text: string): void;
}

function Question({ question, cluster, answers, onAnswer }: QuestionProps) {
  const { t } = useI18n();
  const r = t.timeline.reflection;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const answer = text.trim();
    if (answer === '') return;
    onAnswer(cluster.id, answer);
    setText('');
    input.current?.focus();
  };

  return (
    <div className="tl-question">
      <h4 id={`${id}-question`}>{question}</h4>
      {answers.length > 0 && (
        <ul className="tl-list" aria-labelledby={`${id}-question`}>
          {answers.map((note) => (
            <li key={note.id}>{note.text}</li>
          ))}
        </ul>
      )}
      <form className="tl-inline-form" onSubmit={submit}>
        <input ref={input} value={text} onChange={(e) => setText(e.target.value)} maxLength={500} autoComplete="off" aria-label={r.answer(question)} />
        <button type="submit">{r.add}</button>
      </form>
    </div>
  );
}
