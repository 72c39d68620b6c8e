import { NOTE_HEIGHT, NOTE_WIDTH } from '../../../shared/board/board.js';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import type { RingPlacement } from '../../../shared/rings/ring-placement.js';
import type { PickCanvasHandle } from '../board/PickCanvas.js';
import { handleViewKey } from '../board/view-keys.js';

export interface RingKeyContext {
  order: string[];
  placement: RingPlacement;
  selected: string | null;
  ringCount: number;
  canvas: PickCanvasHandle;
  select(id: string | null): void;
  quickEntry(): void;
  edit(id: string): void;
  /** Whether the note is placed by hand now. */
  pinned(id: string): boolean;
  command(command: BoardCommand): void;
  undo(): void;
  redo(): void;
}

const PAN_STEP = 80;

/** A ring board's keyboard: notes in order with the arrows, a digit sends the chosen note to that ring. */
export function handleRingKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>, k: RingKeyContext): boolean {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.ctrlKey || e.metaKey) return handleViewKey(e, k);
  const index = k.selected ? k.order.indexOf(k.selected) : -1;
  const go = (i: number) => {
    const id = k.order[(i + k.order.length) % k.order.length];
    if (!id) return;
    k.select(id);
    const at = k.placement.places.get(id);
    if (at) k.canvas.reveal(at.x + NOTE_WIDTH / 2, at.y + NOTE_HEIGHT / 2);
  };
  if (/^[0-4]$/.test(key) && k.selected) {
    const ring = key === '0' ? null : Number(key) - 1;
    if (ring === null || ring < k.ringCount) k.command({ op: 'setRing', ids: [k.selected], ring });
    return true;
  }
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'ArrowLeft':
    case 'ArrowUp': {
      const forward = key === 'ArrowRight' || key === 'ArrowDown';
      if (index >= 0 || k.order.length > 0) {
        if (index < 0) go(0);
        else go(index + (forward ? 1 : -1));
      } else {
        k.canvas.panBy(key === 'ArrowRight' ? PAN_STEP : key === 'ArrowLeft' ? -PAN_STEP : 0, key === 'ArrowDown' ? PAN_STEP : key === 'ArrowUp' ? -PAN_STEP : 0);
      }
      return true;
    }
    case 'n':
      k.quickEntry();
      return true;
    case 'Enter':
      if (k.selected) k.edit(k.selected);
      else k.quickEntry();
      return true;
    case 'p': {
      // Pinned where it is drawn now, or let go to be arranged with the others.
      const at = k.selected ? k.placement.places.get(k.selected) : undefined;
      if (!k.selected || !at) return true;
      k.command({ op: 'dropInRing', id: k.selected, x: Math.round(at.x), y: Math.round(at.y), pin: !k.pinned(k.selected) });
      return true;
    }
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
