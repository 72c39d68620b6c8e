/**
 * How deep objects and arrays may nest in a payload: a board command's moves
 * sit four levels down, so this leaves room for any request to come, while
 * every walk over a payload (the text check, validation) stays far from the
 * stack's limit. JSON.parse reads ten thousand levels without complaint; a
 * recursive walk over them does not return.
 */
export const MAX_PAYLOAD_DEPTH = 32;

/** Whether objects or arrays nest deeper than `max` anywhere in `value`. A loop, not recursion, so no depth can exhaust the stack. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    // Bytes (an image) are one value, not a list to walk.
    if (typeof item !== 'object' || item === null || ArrayBuffer.isView(item)) continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}
