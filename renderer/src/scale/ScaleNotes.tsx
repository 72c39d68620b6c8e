import { useId, useRef, useState } from 'react';
import type { Note } from '../../../shared/board/board.js';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import { SCALE_MAX, SCALE_MIN } from '../../../shared/scale/scale.js';
import { useI18n } from '../i18n/i18n.js';
import { formatMark, parseMark } from './scale-format.js';
import { NumberInput } from '../common/NumberInput.js';

interface Props {
  notes: Note[];
  apply(command: BoardCommand): Promise<boolean>;
}

const byPoint = (a: Note, b: Note) => (a.scaleAt ?? Infinity) - (b.scaleAt ?? Infinity) || a.text.localeCompare(b.text);

/** "One step higher looks like…": post-its at a point of the scale, and the list of them. */
export function ScaleNotes({ notes, apply }: Props) {
  const { t, language } = useI18n();
  const ids = useId();
  const textInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [point, setPoint] = useState('');
  const [error, setError] = useState<{ field: 'text' | 'point'; message: string } | null>(null);

  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setError({ field: 'text', message: t.scale.textRequired });
    const parsed = parseMark(point);
    if (parsed.kind === 'invalid') return setError({ field: 'point', message: t.scale.outOfRange(t.scale.notePoint) });
    if (parsed.kind === 'empty') return setError({ field: 'point', message: t.scale.pointRequired });
    setError(null);
    const id = crypto.randomUUID();
    if (!(await apply({ op: 'addNote', id, text: text.trim(), scaleAt: parsed.value }))) return;
    setText('');
    textInput.current?.focus();
  };

  const described = (field: 'text' | 'point') => (error?.field === field ? `${ids}-error` : undefined);

  return (
    <section className="sc-section" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t.scale.notesHeading}</h3>
      <p className="sc-hint">{t.scale.notesIntro}</p>
      <form className="sc-note-form" onSubmit={(e) => void add(e)} noValidate>
        <label className="sc-field">
          {t.scale.noteText}
          <input
            ref={textInput}
            value={text}
            maxLength={500}
            placeholder={t.scale.notePlaceholder}
            aria-invalid={error?.field === 'text' || undefined}
            aria-describedby={described('text')}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <label className="sc-field">
          {t.scale.notePoint}
          <NumberInput
            className="sc-mark"
            min={SCALE_MIN}
            max={SCALE_MAX}
            step={0.5}
            value={point}
            aria-invalid={error?.field === 'point' || undefined}
            aria-describedby={described('point')}
            onValueChange={setPoint}
          />
        </label>
        <button type="submit">{t.scale.addNote}</button>
        {error && (
          <p className="sc-alert" role="alert" id={`${ids}-error`}>
            {error.message}
          </p>
        )}
      </form>
      {notes.length === 0 ? (
        <p className="sc-hint">{t.scale.noNotes}</p>
      ) : (
        <ul className="sc-notes">
          {[...notes].sort(byPoint).map((note) => (
            <li key={note.id}>
              <span>{t.scale.noteItem(typeof note.scaleAt === 'number' ? formatMark(note.scaleAt, language) : t.scale.noPoint, note.text)}</span>
              <button type="button" aria-label={t.scale.removeNote(note.text)} onClick={() => void apply({ op: 'deleteNotes', ids: [note.id] })}>
                {t.scale.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
