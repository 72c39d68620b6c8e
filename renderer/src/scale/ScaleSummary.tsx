import type { BoardContent } from '../../../shared/board/board.js';
import { scaleStats } from '../../../shared/scale/scale.js';
import { useI18n } from '../i18n/i18n.js';
import { formatMark, measurementsInOrder } from './scale-format.js';

/** What the scale shows, as text: for screen readers, and for whoever cannot make out the drawing. */
export function ScaleSummary({ content, label, id }: { content: BoardContent; label?: string; id?: string }) {
  const { t, language } = useI18n();
  const mark = (value: number) => formatMark(value, language);
  const notes = Object.values(content.notes)
    .filter((n): n is typeof n & { scaleAt: number } => typeof n.scaleAt === 'number')
    .sort((a, b) => a.scaleAt - b.scaleAt);
  return (
    <ul className="visually-hidden" aria-label={label} id={id}>
      {measurementsInOrder(content).map((m) => {
        const stats = scaleStats(m.markers.map((marker) => marker.value));
        // Marks the room may not put a name to are told as values only.
        const markers = m.markers.filter((marker) => marker.name !== '').sort((a, b) => a.name.localeCompare(b.name, language));
        const nameless = m.markers.filter((marker) => marker.name === '').map((marker) => marker.value).sort((a, b) => a - b);
        return (
          <li key={m.id}>
            {t.scale.summaryMeasurement(m.label, m.group === null ? null : mark(m.group), stats ? mark(stats.median) : null)}
            {markers.length + nameless.length > 0 && (
              <ul>
                {markers.map((marker, i) => (
                  <li key={i}>{t.scale.summaryMarker(marker.name, mark(marker.value))}</li>
                ))}
                {nameless.length > 0 && <li>{t.scale.summaryNameless(nameless.map(mark).join('; '))}</li>}
              </ul>
            )}
          </li>
        );
      })}
      {notes.map((n) => (
        <li key={n.id}>{t.scale.summaryNote(mark(n.scaleAt), n.text)}</li>
      ))}
    </ul>
  );
}
