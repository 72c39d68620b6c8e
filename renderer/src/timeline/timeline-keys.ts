import type { BoardContent } from '../../../shared/board/board.js';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import { stepFuzzy } from '../../../shared/dates/fuzzy-date.js';
import { CARD_HEIGHT, CARD_WIDTH, type TimelineLayout } from '../../../shared/timeline/timeline-layout.js';
import type { PickCanvasHandle } from '../board/PickCanvas.js';
import { handleViewKey } from '../board/view-keys.js';

export interface TimelineKeyContext {
  content: BoardContent;
  layout: TimelineLayout;
  selected: string | null;
  canvas: PickCanvasHandle;
  select(id: string | null): void;
  edit(id: string): void;
  quickEntry(): void;
  command(command: BoardCommand): void;
  undo(): void;
  redo(): void;
}

const PAN_STEP = 80;

/** The historielijn's keyboard: cards in date order with ← and →, a card a step earlier or later with Alt. */
export function handleTimelineKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>, k: TimelineKeyContext): boolean {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.ctrlKey || e.metaKey) return handleViewKey(e, k);
  const cards = k.layout.cards;
  const index = cards.findIndex((c) => c.id === k.selected);
  const selected = index >= 0 ? k.content.anecdotes[cards[index]!.id] : undefined;
  const go = (i: number) => {
    const card = cards[Math.max(0, Math.min(cards.length - 1, i))];
    if (!card) return;
    k.select(card.id);
    k.canvas.reveal(card.x + CARD_WIDTH / 2, card.y + CARD_HEIGHT / 2);
  };
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      const later = key === 'ArrowRight';
      if (e.altKey && selected?.date) {
        // One step of the card's own precision: a decade, a year, a quarter, a season, a month, a day.
        k.command({ op: 'editAnecdote', id: selected.id, date: stepFuzzy(selected.date, later ? 1 : -1) });
      } else if (index >= 0) go(index + (later ? 1 : -1));
      else k.canvas.panBy(later ? PAN_STEP : -PAN_STEP, 0);
      return true;
    }
    case 'ArrowUp':
    case 'ArrowDown':
      k.canvas.panBy(0, key === 'ArrowDown' ? PAN_STEP : -PAN_STEP);
      return true;
    case 'Home':
      go(0);
      return true;
    case 'End':
      go(cards.length - 1);
      return true;
    case 'n':
      k.quickEntry();
      return true;
    case 'Enter':
    case 'F2':
      if (selected) k.edit(selected.id);
      else k.quickEntry();
      return true;
    case 'Delete':
    case 'Backspace':
      if (selected) {
        k.command({ op: 'deleteAnecdotes', ids: [selected.id] });
        k.select(null);
      }
      return true;
    case 'Escape':
      k.select(null);
      return true;
    case 'f':
      k.canvas.fit();
      return true;
  }
  return false;
}
