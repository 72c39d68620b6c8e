import { useEffect, useId, useRef, useState } from 'react';
import type { Participant } from '../../../shared/participants/participant.js';
import { useClient } from '../client/client-context.js';
import { ErrorList } from '../common/ErrorList.js';
import { useI18n } from '../i18n/i18n.js';
import './participants.css';
import { ParticipantAddForm } from './ParticipantAddForm.js';
import { ParticipantPaste } from './ParticipantPaste.js';
import { formatJoinedMonth } from './format-month.js';
import { useParticipantErrorText } from './use-participant-error-text.js';

interface Props {
  sessionId: string;
  participants: Participant[];
}

/** Where focus goes once a deleted row is gone: another row's delete button, or the name field. */
type FocusTarget = { kind: 'delete'; id: string } | { kind: 'name' };

/** The deelnemers of a session: the list, one-by-one adding, and pasting a list. */
export function ParticipantsPanel(props: Props) {
  // Another session starts with a clean panel: no undo, status or half-typed paste from the last one.
  return <Panel key={props.sessionId} {...props} />;
}

function Panel({ sessionId, participants }: Props) {
  const { t, language } = useI18n();
  const p = t.participants;
  const client = useClient();
  const toText = useParticipantErrorText();
  const headingId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const deleteButtons = useRef(new Map<string, HTMLButtonElement>());
  const [removed, setRemoved] = useState<Participant | null>(null);
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);

  // Runs again when the list changes, so a target that appears with an event is found.
  useEffect(() => {
    if (!focusTarget) return;
    const element = focusTarget.kind === 'name' ? nameRef.current : deleteButtons.current.get(focusTarget.id);
    if (!element) return;
    element.focus();
    setFocusTarget(null);
  }, [focusTarget, participants]);

  const remove = async (participant: Participant, index: number) => {
    if (pending.has(participant.id)) return;
    setPending((s) => new Set(s).add(participant.id));
    const result = await client.request('participant.delete', { id: participant.id });
    setPending((s) => {
      const next = new Set(s);
      next.delete(participant.id);
      return next;
    });
    if (!result.ok) {
      setErrors(toText(result.error));
      return;
    }
    setErrors([]);
    setRemoved(participant);
    setStatus(p.deleted(participant.name));
    const neighbour = participants[index + 1] ?? participants[index - 1];
    setFocusTarget(neighbour ? { kind: 'delete', id: neighbour.id } : { kind: 'name' });
  };

  /** Adds the removed participant again, with the same details, at the end of the list. */
  const undo = async () => {
    if (!removed) return;
    const { id: _id, sessionId: _sessionId, ...fields } = removed;
    const result = await client.request('participant.add', { sessionId, fields });
    if (!result.ok) {
      setErrors(toText(result.error));
      return;
    }
    setErrors([]);
    setRemoved(null);
    setStatus(p.add.added(result.value.name));
    setFocusTarget({ kind: 'delete', id: result.value.id });
  };

  return (
    <section className="participants" aria-labelledby={headingId}>
      <div className="participants-head">
        <h2 id={headingId}>{p.heading}</h2>
        <span className="participants-count">{p.count(participants.length)}</span>
      </div>

      {participants.length === 0 ? (
        <p className="empty">{p.empty}</p>
      ) : (
        <div className="participants-table">
          <table>
            <caption className="visually-hidden">{p.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{p.columns.name}</th>
                <th scope="col">{p.columns.organisation}</th>
                <th scope="col">{p.columns.role}</th>
                <th scope="col">{p.columns.jobTitle}</th>
                <th scope="col">{p.columns.email}</th>
                <th scope="col">{p.columns.joinedMonth}</th>
                <th scope="col">
                  <span className="visually-hidden">{p.columns.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {participants.map((participant, index) => (
                <tr key={participant.id}>
                  <th scope="row">{participant.name}</th>
                  <td>{participant.organisation}</td>
                  <td>{p.roles[participant.role]}</td>
                  <td>{participant.jobTitle}</td>
                  <td className="email">{participant.email}</td>
                  <td className="month">{formatJoinedMonth(participant.joinedMonth, language)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="danger"
                      ref={(element) => {
                        if (element) deleteButtons.current.set(participant.id, element);
                        else deleteButtons.current.delete(participant.id);
                      }}
                      aria-label={p.deleteLabel(participant.name)}
                      onClick={() => void remove(participant, index)}
                    >
                      {p.delete}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div className="actions participants-status">
        <span role="status">{status}</span>
        {removed && (
          <button type="button" aria-label={p.undoLabel(removed.name)} onClick={() => void undo()}>
            {p.undo}
          </button>
        )}
      </div>
      <ErrorList messages={errors} />

      <ParticipantAddForm sessionId={sessionId} nameRef={nameRef} />
      <ParticipantPaste sessionId={sessionId} />
    </section>
  );
}
