import type { ReportBlock } from '../harvest/report-model.js';
import { noteList, textsOf, type BoardHarvest } from '../harvest/harvest-section.js';
import { areasByNumber, axisOf } from './areas.js';

/**
 * A board of columns, fields or cards: each area in the order the room
 * numbers them, with a card's own text, and the notes under it; then the
 * notes in no area.
 */
export const areasHarvest: BoardHarvest = (board, ctx) => {
  const t = textsOf(ctx);
  const { content } = board;
  const notes = Object.values(content.notes);
  const areas = areasByNumber(content);
  const blocks: ReportBlock[] = [];
  const x = axisOf(content, 'x')?.label.trim();
  const y = axisOf(content, 'y')?.label.trim();
  if (x && y) blocks.push({ type: 'paragraph', text: t.areas.axes(x, y), tone: 'muted' });
  areas.forEach((area, i) => {
    const members = notes.filter((n) => n.area === area.id);
    blocks.push({ type: 'heading', level: 3, text: `${i + 1}. ${area.label.trim()} (${t.notes(members.length)})` });
    if (area.text?.trim()) blocks.push({ type: 'paragraph', text: area.text.trim(), tone: 'quote' });
    blocks.push(...noteList(members, ctx));
  });
  const known = new Set(areas.map((a) => a.id));
  const loose = notes.filter((n) => !n.area || !known.has(n.area));
  if (loose.length > 0) blocks.push({ type: 'heading', level: 3, text: `${t.areas.loose} (${t.notes(loose.length)})` }, ...noteList(loose, ctx));
  return blocks.length > 0 ? blocks : [{ type: 'paragraph', text: t.boards.empty, tone: 'muted' }];
};
