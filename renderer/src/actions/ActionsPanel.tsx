import { useId, useState } from 'react';
import { proposalsOf, titleOf } from '../../../shared/actions/actions-query.js';
import { actionsOnBeamer, type BeamerActionView } from '../../../shared/beamer/beamer-actions.js';
import { currentActionsBlock } from '../../../shared/actions/actions-block.js';
import { checkPairing } from '../../../shared/actions/pairing.js';
import type { Block } from '../../../shared/planner/agenda.js';
import { referenceDay } from '../../../shared/actions/milestone-dates.js';
import type { Session } from '../../../shared/sessions/session.js';
import { useClient } from '../client/client-context.js';
import { ErrorList } from '../common/ErrorList.js';
import { useI18n } from '../i18n/i18n.js';
import { AgreementsList } from './AgreementsList.js';
import { ExperimentCard } from './ExperimentCard.js';
import { ProposalCard } from './ProposalCard.js';
import { SignUp } from './SignUp.js';
import { useActions } from './use-actions.js';
import './actions.css';

const isTextField = (target: EventTarget) => target instanceof HTMLElement && (target.matches('input, textarea, select') || target.isContentEditable);

/** A session's action proposals: the sign-up by theme, each group's pitch, the tips-and-tops round and the four milestones. */
interface Props {
  session: Session;
  blocks: readonly Block[];
  onOpenBoard(boardId: string): void;
}

export function ActionsPanel({ session, blocks, onOpenBoard }: Props) {
  const { t } = useI18n();
  const a = t.actions;
  const client = useClient();
  const { snapshot, actions, proposals, apply, undo, redo, errors, setErrors, explain } = useActions(session.id);
  const headingId = useId();
  const [status, setStatus] = useState('');
  const [newTitle, setNewTitle] = useState('');
  const [experimentTitle, setExperimentTitle] = useState('');
  const themeBoards = Object.values(snapshot?.boards ?? {}).filter((b) => b.sessionId === session.id && b.kind === 'notes');
  const [boardId, setBoardId] = useState('');
  if (!snapshot || !actions) return null;
  const participants = snapshot.participants[session.id] ?? [];
  const experiments = proposalsOf(actions.content, 'experiment');
  const titles = new Map(proposals.map((p) => [p.id, titleOf(p, snapshot.boards)]));
  // Once a pairing is set, what is amiss in it shows before the round starts.
  const pairing = proposals.some((p) => p.givesTo) ? checkPairing(proposals.map((p) => p.id), (id) => proposals.find((p) => p.id === id)?.givesTo ?? null) : null;
  const named = (ids: string[]) => ids.map((id) => titles.get(id) ?? '').join(', ');
  const from = referenceDay(session, snapshot.run, snapshot.now).day;
  // Made during the live run's actions block, a proposal belongs to that block.
  const block = currentActionsBlock(session.id, blocks, snapshot.run);
  const blockId = block?.id ?? null;
  const chosenBoard = themeBoards.find((b) => b.id === boardId) ?? themeBoards[0];

  const exportCalendar = async () => {
    const result = await client.request('actions.exportCalendar', { sessionId: session.id });
    if (result.ok) {
      setErrors([]);
      setStatus(a.exported(result.value.path));
    } else if (result.error.fields?.some((f) => f.field === 'milestones')) setErrors([a.errors.noMilestones]);
    else setErrors(explain(result.error));
  };

  const shown = actionsOnBeamer(snapshot);
  const onBeamer = shown?.sessionId === session.id ? shown.view : null;
  const showOnBeamer = async (view: BeamerActionView | null, proposalId?: string) => {
    const result = await client.request('beamer.actions', { sessionId: session.id, view, ...(proposalId ? { proposalId } : {}) });
    setErrors(result.ok ? [] : explain(result.error));
  };

  const addExperiment = async () => {
    if (experimentTitle.trim() === '') return;
    if (await apply({ op: 'addProposal', id: crypto.randomUUID(), kind: 'experiment', title: experimentTitle, blockId })) setExperimentTitle('');
  };

  const addProposal = async () => {
    if (newTitle.trim() === '') return;
    if (await apply({ op: 'addProposal', id: crypto.randomUUID(), kind: 'proposal', title: newTitle, blockId })) setNewTitle('');
  };

  return (
    <section
      className="actions-panel"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        // Ctrl+Z in a text field undoes the typing there; elsewhere in the panel it undoes the last change to the proposals.
        if (!(e.ctrlKey || e.metaKey) || isTextField(e.target)) return;
        const key = e.key.toLowerCase();
        if (key === 'z' && !e.shiftKey) void undo();
        else if (key === 'y' || (key === 'z' && e.shiftKey)) void redo();
        else return;
        e.preventDefault();
      }}
    >
      <div className="actions-head">
        <h2 id={headingId}>{a.heading}</h2>
        <button type="button" onClick={() => void undo()} disabled={actions.historyCursor === 0} aria-keyshortcuts="Control+Z">
          {a.undo}
        </button>
        <button type="button" onClick={() => void redo()} disabled={actions.historyCursor >= actions.historyLength} aria-keyshortcuts="Control+Y">
          {a.redo}
        </button>
        <button type="button" onClick={() => void exportCalendar()}>
          {a.exportCalendar}
        </button>
      </div>
      <div className="actions-tools" role="group" aria-label={t.sessions.onBeamer}>
        <button type="button" aria-pressed={onBeamer === 'signup'} onClick={() => void showOnBeamer('signup')}>
          {a.beamer.signup}
        </button>
        <button type="button" aria-pressed={onBeamer === 'overview'} onClick={() => void showOnBeamer('overview')}>
          {a.beamer.overview}
        </button>
        <button type="button" aria-pressed={onBeamer === 'round'} onClick={() => void showOnBeamer('round')}>
          {a.beamer.round}
        </button>
        <button type="button" disabled={onBeamer === null} onClick={() => void showOnBeamer(null)}>
          {a.beamer.off}
        </button>
      </div>
      <ErrorList messages={errors} />
      <p role="status" className="actions-status">
        {status}
      </p>
      {block && <p className="hint">{a.forBlock(block.title)}</p>}
      <div className="actions-tools">
        {themeBoards.length > 0 && (
          <div className="actions-tool">
            <label htmlFor={`${headingId}-board`}>{a.themesBoard}</label>
            <select id={`${headingId}-board`} value={chosenBoard?.id ?? ''} onChange={(e) => setBoardId(e.target.value)}>
              {themeBoards.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => chosenBoard && void apply({ op: 'themesFromBoard', boardId: chosenBoard.id, blockId })}>
              {a.themesFromBoard}
            </button>
          </div>
        )}
        <div className="actions-tool">
          <label htmlFor={`${headingId}-new`}>{a.newTitle}</label>
          <input
            id={`${headingId}-new`}
            type="text"
            value={newTitle}
            maxLength={200}
            onChange={(e) => setNewTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              void addProposal();
            }}
          />
          <button type="button" onClick={() => void addProposal()}>
            {a.newProposal}
          </button>
        </div>
      </div>
      {proposals.length === 0 ? (
        <p className="hint">{a.empty}</p>
      ) : (
        <>
          <SignUp content={actions.content} themes={proposals} titles={titles} participants={participants} apply={apply} />
          <div className="actions-tools">
            <button type="button" onClick={() => void apply({ op: 'pairRing' })} disabled={proposals.length < 2}>
              {a.round.pairRing}
            </button>
            <button type="button" onClick={() => void apply({ op: 'dropEmpty' })}>
              {a.signup.dropEmpty}
            </button>
          </div>
          {pairing && pairing.receiveNothing.length + pairing.receiveTwice.length > 0 && (
            <p className="warning" role="status">
              ⚠ {pairing.receiveNothing.length > 0 && a.round.receiveNothing(named(pairing.receiveNothing))}{' '}
              {pairing.receiveTwice.length > 0 && a.round.receiveTwice(named(pairing.receiveTwice))}
            </p>
          )}
          {proposals.map((proposal, i) => (
            <ProposalCard
              key={proposal.id}
              proposal={proposal}
              number={i + 1}
              content={actions.content}
              teams={proposals}
              titles={titles}
              participants={participants}
              from={from}
              newId={() => crypto.randomUUID()}
              apply={apply}
              pitchShown={shown?.view === 'pitch' && shown.proposal.id === proposal.id}
              onPitch={() => void showOnBeamer('pitch', proposal.id)}
              directionBoardId={proposal.directionBoardId && snapshot.boards[proposal.directionBoardId] ? proposal.directionBoardId : null}
              onOpenBoard={onOpenBoard}
            />
          ))}
        </>
      )}
      <section className="experiments" aria-labelledby={`${headingId}-x`}>
        <h3 id={`${headingId}-x`}>{a.experiments.heading}</h3>
        <div className="actions-tool">
          <label htmlFor={`${headingId}-xnew`}>{a.experiments.newTitle}</label>
          <input
            id={`${headingId}-xnew`}
            type="text"
            value={experimentTitle}
            maxLength={200}
            onChange={(e) => setExperimentTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              void addExperiment();
            }}
          />
          <button type="button" onClick={() => void addExperiment()}>
            {a.experiments.add}
          </button>
        </div>
        {experiments.map((x) => (
          <ExperimentCard key={x.id} experiment={x} participants={participants} from={from} apply={apply} />
        ))}
      </section>
      <AgreementsList content={actions.content} participants={participants} from={from} blockId={blockId} newId={() => crypto.randomUUID()} apply={apply} />
    </section>
  );
}
