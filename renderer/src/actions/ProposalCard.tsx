import { useId, useState } from 'react';
import { feedbackFor, milestonesOf } from '../../../shared/actions/actions-query.js';
import { FEEDBACK_KINDS, type ActionsContent, type FeedbackKind, type Proposal } from '../../../shared/actions/actions.js';
import type { ActionCommand } from '../../../shared/actions/actions-schema.js';
import type { CalendarDate } from '../../../shared/dates/calendar-date.js';
import type { Participant } from '../../../shared/participants/participant.js';
import { useI18n } from '../i18n/i18n.js';
import { MilestoneRow } from './MilestoneRow.js';

interface Props {
  proposal: Proposal;
  number: number;
  content: ActionsContent;
  teams: Proposal[];
  titles: ReadonlyMap<string, string>;
  participants: Participant[];
  from: CalendarDate;
  newId(): string;
  apply(command: ActionCommand): Promise<boolean>;
  /** This proposal's pitch is on the beamer now. */
  pitchShown: boolean;
  onPitch(): void;
  /** The proposal's own post-it board, if it has one that still exists. */
  directionBoardId: string | null;
  onOpenBoard(boardId: string): void;
}

/**
 * A text saved when the field is left, so one change is one undo step. What
 * was typed stays in the field until main has taken it: a refused save loses
 * nothing, and the refusal is said where the panel says it.
 */
function useOnBlur(saved: string, save: (text: string) => Promise<boolean>) {
  const [draft, setDraft] = useState<string | null>(null);
  return {
    value: draft ?? saved,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: () => {
      if (draft === null) return;
      if (draft === saved) return setDraft(null);
      const sent = draft;
      void save(sent).then((ok) => ok && setDraft((now) => (now === sent ? null : now)));
    },
  };
}

/** One proposal: its title, members, pitch, the tips and tops it received and its four milestones. */
export function ProposalCard({ proposal, number, content, teams, titles, participants, from, newId, apply, pitchShown, onPitch, directionBoardId, onOpenBoard }: Props) {
  const { t } = useI18n();
  const a = t.actions;
  const headingId = useId();
  const title = titles.get(proposal.id) ?? '';
  const byId = new Map(participants.map((p) => [p.id, p]));
  const members = proposal.memberIds.map((id) => byId.get(id)).filter((p): p is Participant => p !== undefined);
  const [feedbackText, setFeedbackText] = useState('');
  const [feedbackKind, setFeedbackKind] = useState<FeedbackKind>('top');
  const titleField = useOnBlur(proposal.title, (text) => apply({ op: 'editProposal', id: proposal.id, changes: { title: text } }));
  const directionField = useOnBlur(proposal.direction, (text) => apply({ op: 'editProposal', id: proposal.id, changes: { direction: text } }));
  const pitchField = useOnBlur(proposal.proposition, (text) => apply({ op: 'editProposal', id: proposal.id, changes: { proposition: text } }));

  const addFeedback = async () => {
    if (feedbackText.trim() === '') return;
    if (await apply({ op: 'addFeedback', id: newId(), proposalId: proposal.id, kind: feedbackKind, text: feedbackText })) setFeedbackText('');
  };

  return (
    <article className="proposal" aria-labelledby={headingId}>
      <header className="proposal-head">
        <h3 id={headingId}>{a.proposal.label(number, title)}</h3>
        <button type="button" aria-pressed={pitchShown} aria-label={`${a.proposal.pitchOnBeamer}: ${title}`} onClick={onPitch}>
          {a.proposal.pitchOnBeamer}
        </button>
        <button type="button" aria-label={a.proposal.deleteLabel(title)} onClick={() => void apply({ op: 'deleteProposal', id: proposal.id })}>
          {a.proposal.delete}
        </button>
      </header>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${headingId}-title`}>{a.proposal.title}</label>
          <input id={`${headingId}-title`} type="text" maxLength={200} {...titleField} placeholder={proposal.themeName} />
        </div>
        <div className="field">
          <label htmlFor={`${headingId}-gives`}>{a.proposal.givesTo}</label>
          <select id={`${headingId}-gives`} value={proposal.givesTo ?? ''} onChange={(e) => void apply({ op: 'setGivesTo', id: proposal.id, to: e.target.value || null })}>
            <option value="">{a.proposal.nobody}</option>
            {teams
              .filter((team) => team.id !== proposal.id)
              .map((team) => (
                <option key={team.id} value={team.id}>
                  {titles.get(team.id)}
                </option>
              ))}
          </select>
        </div>
      </div>
      <div className="proposal-members">
        <h4>{a.proposal.members}</h4>
        <ul>
          {members.map((p) => (
            <li key={p.id}>
              {p.name}{' '}
              <button type="button" aria-label={a.proposal.removeMember(p.name)} onClick={() => void apply({ op: 'removeMember', id: proposal.id, participantId: p.id })}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <label>
          {a.proposal.addMember}{' '}
          <select value="" onChange={(e) => e.target.value && void apply({ op: 'addMember', id: proposal.id, participantId: e.target.value })}>
            <option value="">{a.proposal.pickMember}</option>
            {participants
              .filter((p) => !proposal.memberIds.includes(p.id))
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        </label>
      </div>
      <div className="field">
        <label htmlFor={`${headingId}-direction`}>{a.proposal.direction}</label>
        <textarea id={`${headingId}-direction`} rows={2} maxLength={1000} {...directionField} />
        {directionBoardId ? (
          <button type="button" onClick={() => onOpenBoard(directionBoardId)}>
            {a.direction.openBoard}
          </button>
        ) : (
          <button type="button" onClick={() => void apply({ op: 'directionBoard', id: proposal.id })}>
            {a.direction.makeBoard}
          </button>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${headingId}-pitch`}>{a.proposal.proposition}</label>
        <textarea id={`${headingId}-pitch`} rows={2} maxLength={600} {...pitchField} />
      </div>
      <div className="proposal-round">
        <h4>{a.round.heading}</h4>
        <ul>
          {feedbackFor(content, proposal.id).map((f) => (
            <li key={f.id}>
              <strong>{f.kind === 'tip' ? a.round.tip : a.round.top}</strong> {f.text} {f.fromId && <span className="hint">({a.round.from(titles.get(f.fromId) ?? '')})</span>}{' '}
              <button type="button" aria-label={a.round.removeLabel(f.text)} onClick={() => void apply({ op: 'deleteFeedback', id: f.id })}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <div className="feedback-entry">
          <select aria-label={a.round.kind} value={feedbackKind} onChange={(e) => setFeedbackKind(e.target.value as FeedbackKind)}>
            {FEEDBACK_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind === 'tip' ? a.round.tip : a.round.top}
              </option>
            ))}
          </select>
          <input
            type="text"
            aria-label={`${a.round.text} (${title})`}
            value={feedbackText}
            maxLength={500}
            onChange={(e) => setFeedbackText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              void addFeedback();
            }}
          />
          <button type="button" onClick={() => void addFeedback()}>
            {a.round.add}
          </button>
        </div>
      </div>
      <table className="milestones">
        <caption>{a.milestones.heading}</caption>
        <tbody>
          {milestonesOf(content, proposal.id).map((m) => (
            <MilestoneRow key={m.id} milestone={m} members={members} from={from} apply={apply} />
          ))}
        </tbody>
      </table>
    </article>
  );
}
