import type { Block } from '../../../shared/planner/agenda.js';
import type { RunState } from '../../../shared/run/run.js';
import { trackSchedule } from '../../../shared/run/run-schedule.js';
import type { Session } from '../../../shared/sessions/session.js';
import { useClient } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';
import { hhmm } from '../planner/clock.js';

/**
 * Ahead or behind, the expected end either way, and a way back into time
 * that the facilitator may accept: it changes this run, never the plan.
 */
export function ScheduleStatusLine({ session, blocks, run, now }: { session: Session; blocks: readonly Block[]; run: RunState; now: number }) {
  const { t } = useI18n();
  const client = useClient();
  const status = trackSchedule(session, blocks, run, now);
  if (!status) return null;
  const pace = status.behind > 0 ? t.live.behind(status.behind) : status.behind < 0 ? t.live.ahead(-status.behind) : t.live.onTime;
  const { suggestion } = status;
  return (
    <div className={`schedule-status${status.overrun > 0 ? ' warning' : ''}`} role="status">
      <p>
        <strong>{pace}</strong> · {t.live.projectedEnd(hhmm(status.projectedEnd))}
        {status.overrun > 0 && <> · {t.live.overrun(status.overrun)}</>}
        {status.early > 0 && <> · {t.live.early(status.early)}</>}
      </p>
      {suggestion && (
        <div className="suggestion">
          {suggestion.shorten.length > 0 && (
            <p>
              {t.live.suggestShorten(suggestion.shorten.map((s) => t.live.shortenItem(s.title, s.from, s.to)).join(', '))}{' '}
              <button type="button" onClick={() => void client.request('run.shorten', { updates: suggestion.shorten.map((s) => ({ id: s.id, minutes: s.to })) })}>
                {t.live.acceptShorten}
              </button>
            </p>
          )}
          {suggestion.drop && (
            <p>
              {t.live.suggestDrop(suggestion.drop.title, suggestion.drop.minutes)}{' '}
              <button type="button" onClick={() => void client.request('run.drop', { blockId: suggestion.drop!.id })}>
                {t.live.acceptDrop(suggestion.drop.title)}
              </button>
            </p>
          )}
          <p className="meta">{t.live.planKept}</p>
        </div>
      )}
    </div>
  );
}
