import type { BoardContent } from '../../../shared/board/board.js';
import { isHidden, itemRect, nearestInDirection, type Direction, type ItemRef } from '../../../shared/board/board-geometry.js';
import { readingOrder } from '../../../shared/board/reading-order.js';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import type { BoardCanvasHandle } from './BoardCanvas.js';
import { handleViewKey } from './view-keys.js';

export interface KeyContext {
  content: BoardContent;
  selection: ItemRef[];
  focus: ItemRef | null;
  canvas: BoardCanvasHandle;
  quickEntry(): void;
  edit(item: ItemRef): void;
  select(items: ItemRef[], focus: ItemRef | null): void;
  command(command: BoardCommand): void;
  makeCluster(): void;
  undo(): void;
  redo(): void;
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const PAN_STEP = 80;
const NUDGE = 20;

/** The cluster a key about themes acts on: the focused one, or the focused note's. */
function focusedCluster(k: KeyContext): string | undefined {
  if (k.focus?.kind === 'cluster') return k.focus.id;
  if (k.focus?.kind === 'note') return k.content.notes[k.focus.id]?.clusterId ?? undefined;
  return undefined;
}

const selectedNotes = (k: KeyContext) => k.selection.filter((i) => i.kind === 'note').map((i) => i.id);

/** The board's keyboard: every action has a key, so no mouse is needed. Returns whether the key was used. */
export function handleBoardKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>, k: KeyContext): boolean {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && key === 'a') {
    const all = Object.values(k.content.notes)
      .filter((n) => !isHidden(k.content, n))
      .map((n) => ({ kind: 'note' as const, id: n.id }));
    k.select(all, all[0] ?? null);
    return true;
  }
  if (mod) return handleViewKey(e, k);
  const direction = ARROWS[e.key];
  if (direction) {
    if (e.altKey && selectedNotes(k).length > 0) {
      const dx = direction === 'left' ? -NUDGE : direction === 'right' ? NUDGE : 0;
      const dy = direction === 'up' ? -NUDGE : direction === 'down' ? NUDGE : 0;
      const moves = selectedNotes(k).flatMap((id) => {
        const n = k.content.notes[id];
        return n ? [{ id, x: n.x + dx, y: n.y + dy }] : [];
      });
      k.command({ op: 'moveNotes', moves });
    } else if (!k.focus) {
      const dx = direction === 'left' ? -PAN_STEP : direction === 'right' ? PAN_STEP : 0;
      const dy = direction === 'up' ? -PAN_STEP : direction === 'down' ? PAN_STEP : 0;
      k.canvas.panBy(dx, dy);
    } else {
      const next = nearestInDirection(k.content, k.focus, direction);
      if (next) focusOn(k, next, e.shiftKey);
    }
    return true;
  }
  const focused = k.focus;
  const cluster = focusedCluster(k);
  switch (key) {
    case 'n':
      k.quickEntry();
      return true;
    case 'Enter':
    case 'F2':
      if (focused) k.edit(focused);
      else if (key === 'Enter') k.quickEntry();
      return true;
    case 'Escape':
      k.select([], null);
      return true;
    case 'Home': {
      const first = readingOrder(k.content).flatMap((g) => [...(g.cluster ? [{ kind: 'cluster' as const, id: g.cluster.id }] : []), ...g.notes.map((n) => ({ kind: 'note' as const, id: n.id }))])[0];
      if (first) focusOn(k, first, false);
      return true;
    }
    case 'Delete':
    case 'Backspace':
      if (selectedNotes(k).length > 0) {
        k.command({ op: 'deleteNotes', ids: selectedNotes(k) });
        k.select([], null);
      }
      return true;
    case 'g':
      if (selectedNotes(k).length > 0) k.makeCluster();
      return true;
    case 't':
      if (cluster) k.command({ op: 'tidyCluster', id: cluster });
      return true;
    case 'c':
      if (cluster) k.command({ op: 'setCollapsed', id: cluster, collapsed: !k.content.clusters[cluster]?.collapsed });
      return true;
    case 'm': {
      const clusters = k.selection.filter((i) => i.kind === 'cluster').map((i) => i.id);
      const into = focused?.kind === 'cluster' ? focused.id : clusters[0];
      const from = clusters.find((id) => id !== into);
      if (into && from) k.command({ op: 'mergeClusters', intoId: into, fromId: from });
      return true;
    }
    case '-':
      if (focused) k.command({ op: 'vote', [focused.kind]: focused.id, delta: -1 });
      return true;
    case 'f':
      k.canvas.fit();
      return true;
  }
  if (/^[1-9]$/.test(key) && focused) {
    k.command({ op: 'vote', [focused.kind]: focused.id, delta: Number(key) });
    return true;
  }
  return false;
}

function focusOn(k: KeyContext, item: ItemRef, extend: boolean): void {
  const has = k.selection.some((i) => i.kind === item.kind && i.id === item.id);
  k.select(extend ? (has ? k.selection : [...k.selection, item]) : [item], item);
  const r = itemRect(k.content, item);
  if (r) k.canvas.reveal(r.x + r.width / 2, r.y + r.height / 2);
}
