import { NOTE_HEIGHT, NOTE_WIDTH } from '../../../shared/board/board.js';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import type { AreaLayout } from '../../../shared/areas/areas.js';
import type { PickCanvasHandle } from '../board/PickCanvas.js';
import { handleViewKey } from '../board/view-keys.js';

export interface AreaKeyContext {
  order: string[];
  layout: AreaLayout;
  selected: string | null;
  canvas: PickCanvasHandle;
  select(id: string | null): void;
  quickEntry(): void;
  edit(id: string): void;
  /** The fill guide to the next column (columns only). */
  nextColumn(): void;
  /** A card from the deck (cards only). */
  drawCard(): void;
  command(command: BoardCommand): void;
  undo(): void;
  redo(): void;
}

/** A board of areas' keyboard: notes in order with the arrows, a digit puts the chosen note in that area. */
export function handleAreaKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>, k: AreaKeyContext): boolean {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.ctrlKey || e.metaKey) return handleViewKey(e, k);
  const index = k.selected ? k.order.indexOf(k.selected) : -1;
  const go = (i: number) => {
    const id = k.order[(i + k.order.length) % k.order.length];
    if (!id) return;
    k.select(id);
    const at = k.layout.places.get(id);
    if (at) k.canvas.reveal(at.x + NOTE_WIDTH / 2, at.y + NOTE_HEIGHT / 2);
  };
  if (/^[0-9]$/.test(key) && k.selected) {
    const area = key === '0' ? null : k.layout.boxes[Number(key) - 1]?.id;
    if (area !== undefined) k.command({ op: 'placeInArea', ids: [k.selected], area });
    return true;
  }
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'ArrowLeft':
    case 'ArrowUp':
      if (k.order.length > 0) go(index < 0 ? 0 : index + (key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1));
      return true;
    case 'n':
      k.quickEntry();
      return true;
    case 'g':
      k.nextColumn();
      return true;
    case 'k':
      k.drawCard();
      return true;
    case 'Enter':
      if (k.selected) k.edit(k.selected);
      else k.quickEntry();
      return true;
    case 'Delete':
    case 'Backspace':
      if (k.selected) {
        k.command({ op: 'deleteNotes', ids: [k.selected] });
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
