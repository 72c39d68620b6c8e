import { z } from 'zod';
import { sessionFieldsSchema, sessionIdSchema, type Session } from '../session.js';
import type { Snapshot } from '../state.js';

/**
 * Everything a window may ask of main. A command changes state and is
 * broadcast as events; a query only reads.
 */
export const requestSchemas = {
  'session.create': sessionFieldsSchema.partial().required({ title: true }),
  'session.update': z.strictObject({
    id: sessionIdSchema,
    changes: sessionFieldsSchema.partial(),
  }),
  'session.delete': z.strictObject({ id: sessionIdSchema }),
  'session.open': z.strictObject({ id: sessionIdSchema.nullable() }),
  'state.snapshot': z.strictObject({}),
} as const;

export interface ResponseMap {
  'session.create': Session;
  'session.update': Session;
  'session.delete': { id: string };
  'session.open': { id: string | null };
  'state.snapshot': Snapshot;
}

export type RequestName = keyof typeof requestSchemas;
export type RequestPayload<N extends RequestName> = z.input<(typeof requestSchemas)[N]>;
export type ParsedPayload<N extends RequestName> = z.output<(typeof requestSchemas)[N]>;
export type ResponseOf<N extends RequestName> = ResponseMap[N];

export const QUERY_NAMES: ReadonlySet<RequestName> = new Set(['state.snapshot']);

export const isRequestName = (name: unknown): name is RequestName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(requestSchemas, name);
