/**
 * An editor's rows after main sent `incoming`: a row being edited here keeps
 * what was typed, every other row takes main's. A list that changed length
 * is taken whole, since its places no longer line up.
 *
 * An echo of the facilitator's own earlier change often arrives while the next
 * field is typed in; without this it would wipe that field.
 */
export function rebaseByPlace<T>(draft: readonly T[], incoming: readonly T[], isEdited: (index: number) => boolean): T[] {
  if (draft.length !== incoming.length) return [...incoming];
  return incoming.map((row, i) => (isEdited(i) ? draft[i]! : row));
}

const sameRows = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((row, i) => row === b[i]);

/**
 * Whether `incoming` is main's echo of one of the lists this editor sent and
 * is still waiting to hear back about (`waiting`, oldest first), with a later
 * one of them still on its way: the draft already holds that later list, and
 * taking the older one would bring back a row just removed, for a moment in
 * which the next change would be made on it. `waiting` loses the lists this
 * echo answers, or all of them when `incoming` is no echo of them (another
 * window's change): the draft then rebases on it as usual.
 */
export function laterEchoComing<T>(waiting: T[][], incoming: readonly T[]): boolean {
  const answered = waiting.findIndex((sent) => sameRows(sent, incoming));
  waiting.splice(0, answered >= 0 ? answered + 1 : waiting.length);
  return answered >= 0 && waiting.length > 0;
}
