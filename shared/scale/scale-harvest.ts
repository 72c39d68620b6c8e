import type { ReportBlock } from '../harvest/report-model.js';
import { byDotsThenPlace, noteLine, textsOf, type BoardHarvest, type HarvestContext } from '../harvest/harvest-section.js';
import { formatDecimal } from '../numbers/decimal-text.js';
import { scaleStats, type ScaleMeasurement } from './scale.js';

/** "14:05" of an ISO moment in the zone the export is made in, or '' for none. */
const clockOf = (iso: string): string => {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
};

/**
 * The measurements side by side, one column each: the group's mark, the
 * median and the middle half, then one row per participant. Without names
 * the marks stand sorted in one line per measurement, so the order they were
 * given in tells no one apart.
 */
function measurementBlocks(measurements: ScaleMeasurement[], ctx: HarvestContext): ReportBlock[] {
  if (measurements.length === 0) return [];
  const t = textsOf(ctx);
  const number = (value: number) => formatDecimal(value, ctx.lang);
  const header = ['', ...measurements.map((m) => t.scale.measurement(m.label.trim(), clockOf(m.takenAt)))];
  const stats = measurements.map((m) => scaleStats(m.markers.map((marker) => marker.value)));
  const rows: string[][] = [
    [t.scale.group, ...measurements.map((m) => (m.group === null ? '' : number(m.group)))],
    [t.scale.median, ...stats.map((s) => (s ? number(s.median) : ''))],
    [t.scale.spread, ...stats.map((s) => (s ? `${number(s.q1)} – ${number(s.q3)}` : ''))],
  ];
  const widths = [2, ...measurements.map(() => 1.5)];
  const blocks: ReportBlock[] = [{ type: 'table', header, rows, widths }];
  if (ctx.names === 'none') {
    const lines = measurements
      .filter((m) => m.markers.length > 0)
      .map((m, i) => `${header[i + 1]}: ${m.markers.map((marker) => marker.value).sort((a, b) => a - b).map(number).join(', ')}`);
    if (lines.length > 0) blocks.push({ type: 'heading', level: 3, text: t.scale.marks }, { type: 'list', items: lines });
    return blocks;
  }
  // One row per person, in the order they first gave a mark; the same name in two measurements is one person.
  const names = [...new Set(measurements.flatMap((m) => m.markers.map((marker) => marker.name)))];
  if (names.length === 0) return blocks;
  const markOf = (m: ScaleMeasurement, name: string) => m.markers.find((marker) => marker.name === name);
  const marks = names.map((name) => [ctx.nameShown(name), ...measurements.map((m) => (markOf(m, name) ? number(markOf(m, name)!.value) : ''))]);
  blocks.push({ type: 'heading', level: 3, text: t.scale.marks }, { type: 'table', header: [t.scale.header.name, ...header.slice(1)], rows: marks, widths });
  return blocks;
}

/** The scale question: the measurements in the order taken, with the group's mark and each participant's, then the notes at their point. */
export const scaleHarvest: BoardHarvest = (board, ctx) => {
  const t = textsOf(ctx);
  const measurements = Object.values(board.content.scales).sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.id.localeCompare(b.id));
  const blocks = measurementBlocks(measurements, ctx);
  const notes = Object.values(board.content.notes);
  const anchored = notes.filter((n) => typeof n.scaleAt === 'number').sort((a, b) => a.scaleAt! - b.scaleAt! || byDotsThenPlace(a, b));
  const loose = notes.filter((n) => typeof n.scaleAt !== 'number').sort(byDotsThenPlace);
  if (anchored.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: t.scale.notesAt }, { type: 'list', items: anchored.map((n) => `${t.scale.at(formatDecimal(n.scaleAt!, ctx.lang))}: ${noteLine(n, ctx)}`) });
  }
  if (loose.length > 0) blocks.push({ type: 'heading', level: 3, text: t.scale.notesLoose }, { type: 'list', items: loose.map((n) => noteLine(n, ctx)) });
  return blocks.length > 0 ? blocks : [{ type: 'paragraph', text: t.boards.empty, tone: 'muted' }];
};
