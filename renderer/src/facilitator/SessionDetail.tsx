import { lazy, Suspense } from 'react';
import type { Block } from '../../../shared/planner/agenda.js';
import type { BeamerView } from '../../../shared/beamer/beamer-view.js';
import { questionOnBeamer } from '../../../shared/beamer/beamer-question.js';
import { SESSION_TABS, type Place } from '../../../shared/sessions/place.js';
import type { Session } from '../../../shared/sessions/session.js';
import type { Template } from '../../../shared/planner/template.js';
import { useClient, useClientState } from '../client/client-context.js';
import { ActionsPanel } from '../actions/ActionsPanel.js';
import { HarvestButton } from '../harvest/HarvestButton.js';
import { ParticipantsPanel } from '../participants/ParticipantsPanel.js';
import { useI18n } from '../i18n/i18n.js';
import { LivePanel } from '../live/LivePanel.js';
import { LiveTimeBar } from '../live/LiveTimeBar.js';
import { PlannerView } from '../planner/PlannerView.js';
import { PackingList } from '../room/PackingList.js';
import { BeamerModeSwitch } from './BeamerModeSwitch.js';
import { SessionForm } from './SessionForm.js';

// Konva and the board load when a board tab is first opened, not with the app.
const BoardsPanel = lazy(() => import('../board/BoardsPanel.js').then((m) => ({ default: m.BoardsPanel })));

interface Props {
  session: Session;
  blocks: readonly Block[];
  onBeamer: boolean;
  beamerView: BeamerView;
  templates: Template[];
  /** Which tab and board are open; kept by the app so a reload comes back to them. */
  place: Place;
  onPlace(place: Place): void;
  onBack(): void;
}

/** One open session: its programme and details, and what the beamer shows. */
export function SessionDetail({ session, blocks, onBeamer, beamerView, templates, place, onPlace, onBack }: Props) {
  const { t } = useI18n();
  const client = useClient();
  const { snapshot } = useClientState();
  const { tab } = place;
  const setTab = (next: Place['tab']) => onPlace({ ...place, tab: next, boardId: null });
  const { id, createdAt: _c, updatedAt: _u, ...fields } = session;
  const tabs = SESSION_TABS;
  const boards = Object.values(snapshot?.boards ?? {}).filter((b) => b.sessionId === id);
  const boardsPanel = (
    <Suspense fallback={null}>
      <BoardsPanel
        sessionId={id}
        openId={place.boardId}
        onOpen={(boardId) => onPlace({ ...place, boardId })}
        blocks={blocks}
        participants={snapshot?.participants[id] ?? []}
        boards={boards}
      />
    </Suspense>
  );

  // An open board takes the window below the top bar: its own row of tools leads back to the session.
  if (tab === 'boards' && boards.some((b) => b.id === place.boardId)) {
    return (
      <section className="session-detail board-open" aria-labelledby="detail-heading">
        <h1 id="detail-heading" className="visually-hidden">
          {session.title}
        </h1>
        <LiveTimeBar session={session} blocks={blocks} />
        {boardsPanel}
      </section>
    );
  }

  return (
    <section className="session-detail" aria-labelledby="detail-heading">
      <div className="section-head">
        <button type="button" onClick={onBack} data-focus-then={`session-${id}`}>
          ← {t.detail.back}
        </button>
        <h1 id="detail-heading">{session.title}</h1>
        <HarvestButton sessionId={id} />
        {onBeamer ? (
          <BeamerModeSwitch view={beamerView} boardShown={Boolean((snapshot?.beamerBoard.boardId && snapshot.boards[snapshot.beamerBoard.boardId]?.sessionId === id) || (snapshot && questionOnBeamer(snapshot)))} live={Boolean(snapshot?.run?.live && snapshot.run.sessionId === session.id)} />
        ) : (
          <button type="button" onClick={() => void client.request('session.open', { id })} data-focus-then="beamer-mode">
            {t.detail.showOnBeamer}
          </button>
        )}
      </div>
      <div className="tabs" role="tablist" aria-label={t.planner.tabs.label}>
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            data-focus-key={tab === name ? 'session-tab' : undefined}
            onClick={() => setTab(name)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const next = tabs[(tabs.indexOf(name) + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
              setTab(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {name === 'packing' ? t.room.packing.tab : name === 'participants' ? t.participants.heading : name === 'live' ? t.live.tab : name === 'boards' ? t.board.tab : name === 'actions' ? t.actions.tab : t.planner.tabs[name]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'agenda' && <PlannerView session={session} blocks={blocks} templates={templates} />}
        {tab === 'live' && <LivePanel session={session} blocks={blocks} run={snapshot?.run ?? null} onOpenBoard={(boardId) => onPlace({ ...place, tab: 'boards', boardId })} onOpenActions={() => setTab('actions')} />}
        {tab === 'boards' && <LiveTimeBar session={session} blocks={blocks} />}
        {tab === 'boards' && boardsPanel}
        {tab === 'actions' && <ActionsPanel session={session} blocks={blocks} onOpenBoard={(boardId) => onPlace({ ...place, tab: 'boards', boardId })} />}
        {tab === 'packing' && <PackingList session={session} blocks={blocks} />}
        {tab === 'participants' && <ParticipantsPanel sessionId={id} participants={snapshot?.participants[id] ?? []} />}
        {tab === 'details' && (
          <SessionForm
            key={id}
            heading={t.form.editHeading}
            initial={fields}
            onSubmit={(changes) => client.request('session.update', { id, changes })}
          />
        )}
      </div>
    </section>
  );
}
