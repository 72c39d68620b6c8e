import type { ReportBlock } from '../harvest/report-model.js';
import { byDotsThenPlace, noteLine, textsOf, type BoardHarvest, type HarvestContext } from '../harvest/harvest-section.js';
import { formatDecimal } from '../numbers/decimal-text.js';
import { scaleStats, type ScaleMeasurement } from './scale.js';

/** "14:05" of an ISO moment in the zone the export is made in, or '' for none. */
const clockOf = (iso: string): string => {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
};

function measurementBlocks(m: ScaleMeasurement, ctx: HarvestContext): ReportBlock[] {
  const t = textsOf(ctx);
  const number = (value: number) => formatDecimal(value, ctx.lang);
  const stats = scaleStats(m.markers.map((marker) => marker.value));
  const facts: [string, string][] = [];
  if (m.group !== null) facts.push([t.scale.group, number(m.group)]);
  if (stats) facts.push([t.scale.median, number(stats.median)], [t.scale.spread, `${number(stats.q1)} – ${number(stats.q3)}`]);
  const blocks: ReportBlock[] = [{ type: 'heading', level: 3, text: t.scale.measurement(m.label.trim(), clockOf(m.takenAt)) }];
  if (facts.length > 0) blocks.push({ type: 'facts', rows: facts });
  if (m.markers.length === 0) return blocks;
  if (ctx.names === 'none') {
    // Without names the marks stand sorted, so the order they were given in tells no one apart.
    const marks = m.markers.map((marker) => marker.value).sort((a, b) => a - b);
    blocks.push({ type: 'paragraph', text: `${t.scale.marks}: ${marks.map(number).join(', ')}` });
  } else {
    const rows = m.markers.map((marker) => [ctx.nameShown(marker.name), number(marker.value)]);
    blocks.push({ type: 'table', header: [t.scale.header.name, t.scale.header.mark], rows, widths: [3, 1] });
  }
  return blocks;
}

/** The scale question: each measurement in the order taken, with the group's mark and each participant's, then the notes at their point. */
export const scaleHarvest: BoardHarvest = (board, ctx) => {
  const t = textsOf(ctx);
  const measurements = Object.values(board.content.scales).sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.id.localeCompare(b.id));
  const blocks = measurements.flatMap((m) => measurementBlocks(m, ctx));
  const notes = Object.values(board.content.notes);
  const anchored = notes.filter((n) => typeof n.scaleAt === 'number').sort((a, b) => a.scaleAt! - b.scaleAt! || byDotsThenPlace(a, b));
  const loose = notes.filter((n) => typeof n.scaleAt !== 'number').sort(byDotsThenPlace);
  if (anchored.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: t.scale.notesAt }, { type: 'list', items: anchored.map((n) => `${t.scale.at(formatDecimal(n.scaleAt!, ctx.lang))}: ${noteLine(n, ctx)}`) });
  }
  if (loose.length > 0) blocks.push({ type: 'heading', level: 3, text: t.scale.notesLoose }, { type: 'list', items: loose.map((n) => noteLine(n, ctx)) });
  return blocks.length > 0 ? blocks : [{ type: 'paragraph', text: t.boards.empty, tone: 'muted' }];
};
