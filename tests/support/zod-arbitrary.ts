import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Something that exists when the message is sent (a session, a note, a
 * back-up), chosen by position: the data changes while a fuzz runs, so the
 * name is looked up only then (see `resolveKnown`).
 */
export class Known {
  constructor(
    readonly index: number,
    /** The field it is for: a `boardId` names a board. */
    readonly key: string,
  ) {}
}

/** Fields that name something by id; their values are mostly ones that exist. */
const NAMES_SOMETHING = /^(id|ids|note|cluster|from|to|name)$|Id$/;

interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
  pattern?: RegExp;
  fn?: (input: unknown) => boolean;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => (def.checks ?? []).map((c) => c._zod.def);

/**
 * Values that a request's schema mostly accepts, walked from the schema
 * itself, so a request added to the contract is fuzzed without a word here.
 * Refinements the walk cannot see (a vote names a note or a theme, a minute
 * is not zero) are left to chance: the fuzz holds for every message, valid or not.
 */
export function arbitraryOf(schema: z.ZodType, key = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return objectOf(def.shape ?? {});
    case 'optional':
      return arbitraryOf(def.innerType!, key);
    case 'nonoptional':
      return arbitraryOf(def.innerType!, key);
    case 'nullable':
      return fc.option(arbitraryOf(def.innerType!, key), { nil: null, freq: 4 });
    case 'pipe':
      return arbitraryOf(def.in!, key);
    case 'string':
      return stringOf(def, key);
    case 'number':
      return numberOf(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => arbitraryOf(option, key)));
    case 'array': {
      const checks = checksOf(def);
      const min = Number(checks.find((c) => c.check === 'min_length')?.minimum ?? 0);
      return fc.array(arbitraryOf(def.element!, key), { minLength: min, maxLength: Math.max(min, 4) });
    }
    case 'custom':
      // The one custom type in the contract is bytes (a board image).
      return fc.uint8Array({ minLength: 1, maxLength: 64 });
    default:
      return fc.anything();
  }
}

function objectOf(shape: Record<string, z.ZodType>): fc.Arbitrary<unknown> {
  const arbitraries: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredKeys: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    arbitraries[key] = arbitraryOf(field, key);
    if (defOf(field).type !== 'optional') requiredKeys.push(key);
  }
  return fc.record(arbitraries, { requiredKeys });
}

function stringOf(def: Def, key: string): fc.Arbitrary<unknown> {
  const checks = checksOf(def);
  const pattern = def.pattern ?? (checks.find((c) => c.check === 'string_format')?.pattern as RegExp | undefined);
  const min = Number(checks.find((c) => c.check === 'min_length')?.minimum ?? 0);
  const max = Number(checks.find((c) => c.check === 'max_length')?.maximum ?? 200);
  const text = pattern
    ? fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= max)
    : fc.string({ minLength: Math.max(min, 1), maxLength: Math.min(max, 40), unit: 'grapheme' }).filter((s) => s.trim().length >= min);
  if (!NAMES_SOMETHING.test(key)) return text;
  return fc.oneof({ arbitrary: fc.nat().map((n) => new Known(n, key)), weight: 4 }, { arbitrary: text, weight: 1 });
}

function numberOf(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const lower = checks.find((c) => c.check === 'greater_than');
  const upper = checks.find((c) => c.check === 'less_than');
  const integer = checks.some((c) => String(c.format ?? '').includes('int')) || checks.some((c) => c.check === 'multiple_of');
  const min = lower ? Number(lower.value) + (lower.inclusive ? 0 : integer ? 1 : 1e-9) : -1e6;
  const max = upper ? Number(upper.value) - (upper.inclusive ? 0 : integer ? 1 : 1e-9) : 1e6;
  if (integer) return fc.integer({ min: Math.max(min, -1e9), max: Math.min(max, 1e9) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** How many types a schema is made of: a board command, a union of some forty, is far more to fuzz than a session's id. */
export function schemaSize(schema: z.ZodType): number {
  const def = defOf(schema);
  const inner = [def.innerType, def.element, def.in, ...(def.options ?? []), ...Object.values(def.shape ?? {})].filter((s): s is z.ZodType => s !== undefined);
  return 1 + inner.reduce((sum, s) => sum + schemaSize(s), 0);
}

/** The message with every `Known` put in place: an id or back-up name from its field's pool, or a name that exists nowhere when that is empty. */
export function resolveKnown(value: unknown, poolFor: (key: string) => readonly string[]): unknown {
  if (value instanceof Known) {
    const pool = poolFor(value.key);
    return pool.length > 0 ? pool[value.index % pool.length] : 'niets';
  }
  if (typeof value !== 'object' || value === null) return value;
  // Bytes, and values the message carries as they are (RawJson), are no place for a name.
  if (!Array.isArray(value) && ![Object.prototype, null].includes(Object.getPrototypeOf(value))) return value;
  if (Array.isArray(value)) return value.map((item) => resolveKnown(item, poolFor));
  const resolved: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) Object.defineProperty(resolved, key, { value: resolveKnown(item, poolFor), enumerable: true, writable: true, configurable: true });
  return resolved;
}
