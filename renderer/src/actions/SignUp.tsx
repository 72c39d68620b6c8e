import { useId, useState } from 'react';
import { membership } from '../../../shared/actions/actions-query.js';
import type { ActionsContent, Proposal } from '../../../shared/actions/actions.js';
import type { ActionCommand } from '../../../shared/actions/actions-schema.js';
import { isThin, matchPeople, themeOfDigit } from '../../../shared/actions/signup-match.js';
import type { Participant } from '../../../shared/participants/participant.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  content: ActionsContent;
  themes: Proposal[];
  titles: ReadonlyMap<string, string>;
  participants: Participant[];
  apply(command: ActionCommand): Promise<boolean>;
}

/** The wet van de voeten by keyboard: a name's first letters, then a digit for the theme; the count per theme, and moving people. */
export function SignUp({ content, themes, titles, participants, apply }: Props) {
  const { t } = useI18n();
  const s = t.actions.signup;
  const [typed, setTyped] = useState('');
  const [chosen, setChosen] = useState(0);
  const [status, setStatus] = useState('');
  const helpId = useId();
  const listId = useId();
  const members = membership(content);
  const signedUp = new Set(members.keys());
  const matches = matchPeople(participants, typed, signedUp).slice(0, 8);
  const current = matches[Math.min(chosen, matches.length - 1)];
  const byId = new Map(participants.map((p) => [p.id, p]));
  const waiting = participants.filter((p) => !signedUp.has(p.id)).length;

  const put = async (person: Participant, proposalId: string | null) => {
    if (!(await apply({ op: 'join', participantId: person.id, proposalId }))) return;
    setStatus(proposalId ? s.joined(person.name, titles.get(proposalId) ?? '') : s.left(person.name));
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setChosen((c) => Math.max(0, Math.min(matches.length - 1, c + (e.key === 'ArrowDown' ? 1 : -1))));
      return;
    }
    const theme = themeOfDigit(e.key, themes);
    if (!/^[0-9]$/.test(e.key)) return;
    e.preventDefault();
    if (!theme) {
      setStatus(s.noTheme(e.key));
      return;
    }
    if (!current) {
      setStatus(s.noMatch);
      return;
    }
    setTyped('');
    setChosen(0);
    void put(current, theme.proposalId);
  };

  return (
    <section className="signup" aria-labelledby={`${listId}-h`}>
      <h3 id={`${listId}-h`}>{s.heading}</h3>
      <p id={helpId} className="hint">
        {s.help}
      </p>
      <div className="signup-entry">
        <label htmlFor={`${listId}-in`}>{s.input}</label>
        <input
          id={`${listId}-in`}
          type="text"
          value={typed}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={helpId}
          aria-controls={listId}
          onChange={(e) => {
            setTyped(e.target.value);
            setChosen(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} className="signup-matches" aria-label={s.matches}>
          {typed.trim() !== '' && matches.length === 0 && <li>{s.noMatch}</li>}
          {matches.map((p) => (
            <li key={p.id} aria-current={p === current ? 'true' : undefined}>
              {p.name}
              {members.get(p.id) && <span className="signup-now"> · {titles.get(members.get(p.id)!.id)}</span>}
            </li>
          ))}
        </ul>
        <p role="status" className="signup-status">
          {status}
        </p>
        <p>{s.notSignedUp(waiting)}</p>
      </div>
      <ol className="signup-themes">
        {themes.map((theme, i) => {
          const title = titles.get(theme.id) ?? '';
          // Someone deleted from the participants no longer counts as a member.
          const members = theme.memberIds.filter((id) => byId.has(id));
          const thin = isThin(members.length);
          return (
            <li key={theme.id} className={thin ? 'thin' : undefined}>
              <h4>
                <span className="theme-digit">{i + 1}</span> {title} <span className="theme-count">({s.members(members.length)})</span>
              </h4>
              {thin && <p className="warning">⚠ {s.thin}</p>}
              <ul aria-label={title}>
                {members.length === 0 && <li className="hint">{s.nobody}</li>}
                {members.map((id) => {
                  const person = byId.get(id);
                  if (!person) return null;
                  return (
                    <li key={id}>
                      <label>
                        {person.name}{' '}
                        <select
                          aria-label={s.moveTo(person.name)}
                          value={theme.id}
                          onChange={(e) => void put(person, e.target.value === '' ? null : e.target.value)}
                        >
                          {themes.map((to, j) => (
                            <option key={to.id} value={to.id}>
                              {j + 1}. {titles.get(to.id)}
                            </option>
                          ))}
                          <option value="">0. {s.nobody}</option>
                        </select>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
