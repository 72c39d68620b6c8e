import type { RequestPayload } from '../../../shared/contract/requests.js';
import type { RunSettings } from '../../../shared/run/run.js';
import { useClient } from '../client/client-context.js';
import { useI18n } from '../i18n/i18n.js';
import { readDecimal } from '../../../shared/numbers/decimal-text.js';
import { NumberInput } from '../common/NumberInput.js';

/** The facilitator's choices for signals; kept from one run of a session to the next. */
export function LiveSettings({ settings }: { settings: RunSettings }) {
  const { t } = useI18n();
  const client = useClient();
  const set = (change: RequestPayload<'run.settings'>) => void client.request('run.settings', change);
  const toggles = [
    ['chimeOnBeamer', t.live.chimeBeamer],
    ['chimeOnFacilitator', t.live.chimeFacilitator],
    ['overtimeOnBeamer', t.live.overtimeOnBeamer],
    ['countdownOnBoard', t.live.countdownOnBoard],
  ] as const;
  return (
    <fieldset className="live-settings">
      <legend>{t.live.settings}</legend>
      <label>
        {t.live.wrapUp}{' '}
        <NumberInput
          min={0}
          max={30}
          step={1}
          fractionDigits={0}
          value={String(Math.round(settings.wrapUpMs / 60_000))}
          onValueChange={(text) => {
            const minutes = readDecimal(text);
            if (Number.isInteger(minutes)) set({ wrapUpMinutes: minutes as number });
          }}
        />
      </label>
      {toggles.map(([key, label]) => (
        <label key={key} className="checkbox">
          <input type="checkbox" checked={settings[key]} onChange={(e) => set({ [key]: e.target.checked })} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
