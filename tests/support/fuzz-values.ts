import fc from 'fast-check';

/**
 * JSON text put into a message as it is, for what a window could send but
 * JSON.stringify would not make (nesting ten thousand deep).
 */
export class RawJson {
  constructor(readonly text: string) {}
}

/** Names every object inherits, and the two that rewrite a prototype. */
export const PROTOTYPE_KEYS = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__proto__', 'prototype', '__defineGetter__'];

const MiB = 1024 * 1024;

/** Strings a form would never send: control characters, half an emoji, direction marks, megabytes. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\uD800', 'x\uDFFF', '\uDBFF\uDBFF', 'a\u202Eb\u2066', '\u200B\uFEFF', 'e\u0301\u0301\u0301', '\r\n\t', '\u007F\u001B[31m'),
  fc.constantFrom("'; DROP TABLE sessions; --", '../../etc/passwd', 'C:\\con\\aux', '%s%n%x', '${process.exit()}', '<img src=x onerror=alert(1)>', 'NaN', '-0', '1e309'),
  fc.constantFrom(65, 201, 501, 64 * 1024 + 1, MiB).map((n) => 'x'.repeat(n)),
  fc.constantFrom(33, 1000, 100_000).map((n) => '🙂'.repeat(n)),
  fc.constantFrom(100_000).map((n) => '\uD83D'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

/** Values of every type but the expected one, and numbers at JSON's edges. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  fc.constantFrom(-1, 0, -0, 0.5, 1e-300, 2 ** 31, 2 ** 53, -(2 ** 53), 2 ** 53 + 2, 1e308, -1e308),
  fc.constantFrom(null, true, false, [], {}, [null], [[[]]], { length: 1e9 }),
  fc.constantFrom(...PROTOTYPE_KEYS).map((key) => JSON.parse(`{${JSON.stringify(key)}: {"polluted": true}}`) as unknown),
  fc.constantFrom(1000, 10_000, 100_000).map((depth) => new RawJson('['.repeat(depth) + ']'.repeat(depth))),
  fc.constantFrom(1000, 10_000).map((depth) => new RawJson('{"a":'.repeat(depth) + '1' + '}'.repeat(depth))),
  fc.constantFrom(1000, 100_000).map((n) => Array.from({ length: n }, (_, i) => i)),
);

/** Keys an object in a message may carry besides its own. */
const oddKey = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 12 }));

/** Anything at all as a payload, odd keys and values included. */
export const randomPayload: fc.Arbitrary<unknown> = fc.oneof(
  oddValue,
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(oddKey, fc.oneof(oddValue, fc.jsonValue({ maxDepth: 2 })), { maxKeys: 6 }),
  fc.anything({ key: oddKey, maxDepth: 3, withNullPrototype: true }),
);

const isPlain = (value: unknown): value is object =>
  Array.isArray(value) || (typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value)));

/** Every place in a value: the path to each field and array item, the value itself first. */
function pathsOf(value: unknown, at: string[] = []): string[][] {
  if (!isPlain(value)) return [at];
  return [at, ...Object.keys(value).flatMap((key) => pathsOf((value as Record<string, unknown>)[key], [...at, key]))];
}

type Mutation = { kind: 'replace'; value: unknown } | { kind: 'remove' } | { kind: 'add'; key: string; value: unknown };

/** A valid payload with one thing changed: a field replaced by an odd value, a field left out, or an odd field added. */
export function nearValid(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { arbitrary: oddValue.map((value) => ({ kind: 'replace' as const, value })), weight: 5 },
    { arbitrary: fc.constant({ kind: 'remove' as const }), weight: 1 },
    { arbitrary: fc.tuple(oddKey, oddValue).map(([key, value]) => ({ kind: 'add' as const, key, value })), weight: 2 },
  );
  return fc.tuple(valid, fc.nat(), mutation).map(([payload, pick, change]) => {
    const paths = pathsOf(payload);
    return mutate(payload, paths[pick % paths.length]!, change);
  });
}

function mutate(value: unknown, path: string[], change: Mutation): unknown {
  if (path.length === 0) {
    if (change.kind === 'replace') return change.value;
    if (change.kind === 'remove') return undefined;
    if (!isPlain(value)) return value;
    return withOwn(Array.isArray(value) ? { ...value } : { ...(value as object) }, change.key, change.value);
  }
  const [head, ...rest] = path as [string, ...string[]];
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...(value as object) };
  const inner = mutate(copy[head], rest, change);
  if (inner === undefined && !Array.isArray(copy)) delete copy[head];
  else withOwn(copy, head, inner);
  return copy;
}

/** Sets a key as the object's own, `__proto__` too, the way JSON.parse does. */
function withOwn(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** The message as JSON text, with any RawJson spliced in as it is. */
export function toJsonText(message: unknown): string {
  const raw: string[] = [];
  const text = JSON.stringify(message, (_key, value: unknown) => {
    if (value instanceof RawJson) {
      raw.push(value.text);
      return `\u0000raw${raw.length - 1}\u0000`;
    }
    if (value instanceof Uint8Array) return Array.from(value.subarray(0, 16));
    return value;
  });
  return text === undefined ? 'undefined' : text.replace(/"\\u0000raw(\d+)\\u0000"/g, (_m, i: string) => raw[Number(i)]!);
}
