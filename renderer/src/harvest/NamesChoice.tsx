import { useId } from 'react';
import { NAME_DISPLAYS } from '../../../shared/participants/name-display.js';
import type { HarvestNames } from '../../../shared/harvest/report-model.js';
import { useI18n } from '../i18n/i18n.js';

/** Full names, initials or none: for every file of the harvest, pictures included. */
export function NamesChoice({ names, disabled, onNames }: { names: HarvestNames; disabled: boolean; onNames(next: HarvestNames): void }) {
  const { t } = useI18n();
  const group = useId();
  const helpId = useId();
  return (
    <fieldset className="harvest-names" aria-describedby={helpId} disabled={disabled}>
      <legend>{t.harvest.names.legend}</legend>
      {NAME_DISPLAYS.map((option) => (
        <label key={option}>
          <input type="radio" name={group} value={option} checked={names === option} onChange={() => onNames(option)} />
          {t.harvest.names[option]}
        </label>
      ))}
      <p id={helpId} className="harvest-help">
        {t.harvest.names.help}
      </p>
    </fieldset>
  );
}
