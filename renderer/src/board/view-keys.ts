import type { CanvasCameraHandle } from './use-canvas-camera.js';

interface ViewKeys {
  canvas: Pick<CanvasCameraHandle, 'zoomBy' | 'actualSize'>;
  undo(): void;
  redo(): void;
}

/** The Ctrl (or ⌘) keys every board shares: undo, redo, zoom, 100%. Returns whether the key was used. */
export function handleViewKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey'>, k: ViewKeys): boolean {
  if (!e.ctrlKey && !e.metaKey) return false;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === 'z' && !e.shiftKey) k.undo();
  else if ((key === 'z' && e.shiftKey) || key === 'y') k.redo();
  else if (key === '=' || key === '+') k.canvas.zoomBy(1.25);
  else if (key === '-') k.canvas.zoomBy(0.8);
  else if (key === '0') k.canvas.actualSize();
  else return false;
  return true;
}
