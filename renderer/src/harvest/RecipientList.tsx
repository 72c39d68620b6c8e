import { useId } from 'react';
import type { Participant } from '../../../shared/participants/participant.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  participants: readonly Participant[];
  /** Participants with an address whom the facilitator took off the mail. */
  leaveOut: ReadonlySet<string>;
  onLeaveOut(next: Set<string>): void;
}

/** Who the mail draft goes to: everyone with an address, each one to take off; those without listed as such. */
export function RecipientList({ participants, leaveOut, onLeaveOut }: Props) {
  const { t } = useI18n();
  const r = t.harvest.recipients;
  const countId = useId();
  const withAddress = participants.filter((p) => p.email.trim() !== '');
  const without = participants.filter((p) => p.email.trim() === '');
  const toggle = (id: string, on: boolean) => {
    const next = new Set(leaveOut);
    if (on) next.delete(id);
    else next.add(id);
    onLeaveOut(next);
  };
  return (
    <fieldset className="harvest-recipients" aria-describedby={countId}>
      <legend>{r.legend}</legend>
      {withAddress.length === 0 ? (
        <p>{r.none}</p>
      ) : (
        <>
          <p id={countId}>{r.chosen(withAddress.filter((p) => !leaveOut.has(p.id)).length, withAddress.length)}</p>
          <ul>
            {withAddress.map((p) => (
              <li key={p.id}>
                <label>
                  <input type="checkbox" checked={!leaveOut.has(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
                  <span>{p.name}</span> <span className="harvest-address">{p.email}</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      {without.length > 0 && (
        <p className="harvest-without">
          {r.withoutAddress(without.length)} {without.map((p) => p.name).join(', ')}
        </p>
      )}
    </fieldset>
  );
}
