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
