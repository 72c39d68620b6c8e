/**
 * A block's questions as the editor changes them: each change gives a new
 * list, so the whole list is what is sent and what undo would restore.
 */

/** `list` with the question at `from` moved to `to`; a place outside the list changes nothing. */
export function moveQuestion(list: readonly string[], from: number, to: number): string[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** `list` with the question at `index` gone. */
export const removeQuestion = (list: readonly string[], index: number): string[] => list.filter((_, i) => i !== index);

/** `list` with `text` at `index`. */
export const rewordQuestion = (list: readonly string[], index: number, text: string): string[] => list.map((q, i) => (i === index ? text : q));

/** `list` followed by the questions of `set` it does not hold yet, up to `max` in all. */
export function addQuestions(list: readonly string[], set: readonly string[], max: number): string[] {
  const next = [...list];
  for (const question of set) if (next.length < max && !next.includes(question)) next.push(question);
  return next;
}
