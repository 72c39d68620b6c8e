import type { BoardPatch } from '../../../shared/board/board.js';

/**
 * The stored board changes that neither brought a name onto their board nor
 * took one off (see patchLeavesNames), by the very patch object that the
 * change's event carries. The beamer's feed sends such a change on as it is,
 * without working out again how every name of the session reads.
 */
const nameFree = new WeakSet<BoardPatch>();

export function markNameFree(change: BoardPatch): void {
  nameFree.add(change);
}

export function isNameFree(change: BoardPatch): boolean {
  return nameFree.has(change);
}
