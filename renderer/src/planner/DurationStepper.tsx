import { useI18n } from '../i18n/i18n.js';

interface Props {
  title: string;
  minutes: number;
  /** The shortest the block may be: the phases its method fixes. */
  shortest: number;
  onChange(minutes: number): void;
}

/** Five-minute steps, the grain facilitators plan in. */
export function DurationStepper({ title, minutes, shortest, onChange }: Props) {
  const { t } = useI18n();
  return (
    <div className="duration-stepper">
      <button type="button" aria-label={t.planner.shorter(title)} disabled={minutes <= shortest} onClick={() => onChange(Math.max(shortest, minutes - 5))}>
        −
      </button>
      <span className="duration">{t.planner.minutes(minutes)}</span>
      <button type="button" aria-label={t.planner.longer(title)} disabled={minutes >= 720} onClick={() => onChange(Math.min(720, minutes + 5))}>
        +
      </button>
    </div>
  );
}
