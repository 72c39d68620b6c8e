/** The three roles a group picks, by the words instructions use for them, in Dutch and English. */
const ROLE_WORDS = [
  ['voorlezer', 'reader'],
  ['tijdbewaker', 'time keeper', 'timekeeper'],
  ['sfeerbewaker', 'mood keeper'],
];

/**
 * Whether instructions already ask the groups for all three roles: then the
 * beamer's own line about them would say it a second time.
 */
export function namesRoles(instructions: string): boolean {
  const text = instructions.toLowerCase();
  return ROLE_WORDS.every((words) => words.some((word) => text.includes(word)));
}
