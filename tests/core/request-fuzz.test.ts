import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGE_LIMITS } from '../../main/web/web-host.js';
import { HEADER_LIMIT } from '../../shared/contract/binary-frame.js';
import { BEAMER_SOUND_REQUEST, beamerSoundSchema } from '../../shared/contract/beamer-sound.js';
import { PREVIEW_REQUEST, previewSchema } from '../../shared/contract/preview.js';
import { requestSchemas } from '../../shared/contract/requests.js';
import { RawSocket, startFuzzHost, type Answer, type FuzzHost } from '../support/fuzz-host.js';
import { seedWorld, type Pools } from '../support/fuzz-world.js';
import { nearValid, oddString, oddValue, PROTOTYPE_KEYS, randomPayload, toJsonText } from '../support/fuzz-values.js';
import { noisePng } from '../support/png-bytes.js';
import { arbitraryOf, resolveKnown, schemaSize } from '../support/zod-arbitrary.js';

/**
 * Every request a window may send, taken from the contract (and the two the
 * hub answers itself), fuzzed through the browser host over a real socket
 * onto a real database: every message is answered, a refusal changes
 * nothing and is never `internal`, and the host keeps answering.
 */
const schemas: Record<string, z.ZodType> = { ...requestSchemas, [PREVIEW_REQUEST]: previewSchema, [BEAMER_SOUND_REQUEST]: beamerSoundSchema };
const NAMES = Object.keys(schemas);
const SEED = 20_261_130;
/**
 * Messages per request type, more for a larger schema (a board command is a
 * union of some forty): some 1,200 for about 50 types, some 1,700 with the
 * rest, in about a minute on a busy two-core machine.
 */
const runsFor = (schema: z.ZodType) => Math.min(200, Math.max(20, schemaSize(schema)));
const PNG = noisePng(3, 2);

let host: FuzzHost;
let facilitator: RawSocket | undefined;
let dir: string;
let nextId = 1;
let pools: Pools;
/**
 * Reading the whole state is most of a message's cost, so what was read is
 * kept while nothing changes it: a refusal is checked against it, and only an
 * accepted request (nothing else moves: the run's clock stands still) sends
 * the next message to read it again.
 */
let settled: string | undefined;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-fuzz-'));
  host = await startFuzzHost(dir);
  seedWorld(host.core);
  host.core.backups.create('manual');
});

// A fresh world for each test, and a socket of its own opened after it: one left waiting for an answer fails only its own test.
beforeEach(async () => {
  facilitator?.close();
  pools = seedWorld(host.core);
  settled = undefined;
  facilitator = await RawSocket.open(host.facilitatorSocketUrl);
});

afterAll(async () => {
  facilitator?.close();
  await host?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * A request message as it goes over the socket: JSON text, or a binary frame
 * when its payload holds bytes; and the id its answer must carry (none when
 * the frame's header is over its limit, so it is no request).
 */
function encode(name: unknown, payload: unknown, id: number): { data: string | Uint8Array; id: number | null } {
  const message = { type: 'request', id, name, payload: resolveKnown(payload, pools) };
  const bytes = typeof message.payload === 'object' && message.payload !== null ? Object.entries(message.payload).find(([, v]) => v instanceof Uint8Array) : undefined;
  if (!bytes) return { data: toJsonText(message), id };
  const rest = Object.fromEntries(Object.entries(message.payload as object).filter(([key]) => key !== bytes[0]));
  const header = toJsonText({ message: { ...message, payload: rest }, field: bytes[0] });
  return { data: frame(header, bytes[1] as Uint8Array), id: Buffer.byteLength(header) <= HEADER_LIMIT ? id : null };
}

function frame(header: string, bytes: Uint8Array, announced?: number): Uint8Array {
  const head = Buffer.from(header);
  const out = Buffer.alloc(4 + head.length + bytes.length);
  out.writeUInt32BE(announced ?? head.length, 0);
  head.copy(out, 4);
  out.set(bytes, 4 + head.length);
  return out;
}

const describeSent = (data: string | Uint8Array) =>
  typeof data === 'string' ? (data.length > 400 ? `${data.slice(0, 400)}… (${data.length} characters)` : data) : `binary frame of ${data.length} bytes: ${Buffer.from(data.subarray(0, 200)).toString('latin1')}`;

/** Sends one message and holds the host to its promises; `expectedId` is the id the answer must carry (null when the message had none usable). */
async function exchange(socket: RawSocket, data: string | Uint8Array, expectedId: number | null): Promise<Answer> {
  const before = (settled ??= host.fingerprint());
  const answer = await socket.send(data);
  const sent = describeSent(data);
  expect(answer.id, `the answer's id, for ${sent}`).toBe(expectedId);
  if (answer.result.ok) {
    settled = undefined;
    return answer;
  }
  expect(answer.result.error.code, `${answer.result.error.message}, for ${sent}`).not.toBe('internal');
  expect(answer.events, `events broadcast by a refusal of ${sent}`).toBe(0);
  expect(host.fingerprint(), `the state after the refusal (${answer.result.error.code}: ${answer.result.error.message}) of ${sent}`).toBe(before);
  return answer;
}

/** The host still does its work: a plain request from a window is answered with the state. */
async function stillAnswers(socket: RawSocket) {
  const id = nextId++;
  const { id: answered, result } = await socket.send(JSON.stringify({ type: 'request', id, name: 'state.snapshot', payload: {} }));
  expect(answered).toBe(id);
  expect(result.ok).toBe(true);
}

const assertOptions = (offset: number, numRuns: number) => ({ seed: SEED + offset, numRuns, endOnFailure: true, includeErrorInReport: true });

describe('the browser host under fuzz of every request type', () => {
  it('takes its list from the contract', () => {
    expect(NAMES.length).toBeGreaterThan(40);
    for (const name of Object.keys(requestSchemas)) expect(NAMES).toContain(name);
  });

  it.each(NAMES.map((name, index) => [name, index] as const))('%s: valid, near-valid and random payloads', async (name, index) => {
    const valid = arbitraryOf(schemas[name]!);
    const payload = fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: nearValid(valid), weight: 3 }, { arbitrary: randomPayload, weight: 2 });
    await fc.assert(
      fc.asyncProperty(payload, async (p) => {
        const { data, id } = encode(name, p, nextId++);
        await exchange(facilitator!, data, id);
      }),
      assertOptions(index, runsFor(schemas[name]!)),
    );
    await stillAnswers(facilitator!);
  });

  it('answers a beamer every message, and it changes nothing', async () => {
    const beamer = await RawSocket.open(host.beamerSocketUrl);
    const message = fc.tuple(fc.oneof(fc.constantFrom(...NAMES), oddString), fc.oneof(randomPayload, fc.constantFrom(...NAMES).chain((n) => arbitraryOf(schemas[n]!))));
    await fc.assert(
      fc.asyncProperty(message, async ([name, payload]) => {
        const { data, id } = encode(name, payload, nextId++);
        // Larger messages close a beamer's socket before they are read (web-host-limits.test.ts).
        fc.pre(data.length <= MESSAGE_LIMITS.beamer);
        const { result } = await exchange(beamer, data, id);
        if (result.ok) expect([...QUERY_NAMES_AND_SOUND]).toContain(name);
      }),
      assertOptions(1000, 150),
    );
    await stillAnswers(beamer);
    beamer.close();
  });

  it('answers every malformed envelope, with its id when it has a usable one', async () => {
    // JSON writes -0 as 0.
    const usable = (id: unknown) => (typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? Math.abs(id) : null);
    const field = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(fc.oneof(arbitrary, oddValue), { nil: undefined, freq: 4 });
    const envelope = fc.record(
      { type: field(fc.constant('request')), id: field(fc.integer()), name: field(fc.constantFrom(...NAMES)), payload: field(fc.constant({})), extra: fc.option(oddValue, { nil: undefined }) },
      { requiredKeys: [] },
    );
    const message = fc.oneof(
      envelope.map((e) => ({ text: toJsonText(e), id: usable(e.id) })),
      randomPayload.map((value) => ({ text: toJsonText(value), id: usable((value as { id?: unknown } | null)?.id) })),
      fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ text, id: null as number | null })),
    );
    await fc.assert(
      fc.asyncProperty(message, async ({ text, id }) => {
        let expected = id;
        try {
          const parsed = JSON.parse(text) as Record<string, unknown>;
          if (typeof parsed !== 'object' || parsed === null) expected = null;
        } catch {
          expected = null;
        }
        const answer = await exchange(facilitator!, text, expected);
        // A well-formed request may slip through now and then; the rest is refused as a message.
        if (expected === null) expect(answer.result).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
      }),
      assertOptions(2000, 150),
    );
    await stillAnswers(facilitator!);
  });

  it('answers every binary frame: bytes, lying lengths, headers that are no request, bytes in any field', async () => {
    const request = fc.tuple(fc.constantFrom(...NAMES), fc.oneof(randomPayload, fc.constantFrom(...NAMES).chain((n) => arbitraryOf(schemas[n]!))));
    const bytes = fc.oneof(fc.constant(PNG), fc.uint8Array({ maxLength: 64 }), fc.nat({ max: PNG.length - 1 }).map((n) => PNG.subarray(0, n)));
    const fieldName = fc.oneof(fc.constant('png'), fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 10 }));
    const wellFormed = fc.tuple(request, fieldName, bytes).map(([[name, payload], field, data]) => {
      const id = nextId++;
      const header = toJsonText({ message: { type: 'request', id, name, payload: resolveKnown(payload, pools) }, field });
      const sent = (JSON.parse(header) as { message: { payload: unknown } }).message.payload;
      const decodes = typeof sent === 'object' && sent !== null && !Array.isArray(sent) && Buffer.byteLength(header) <= HEADER_LIMIT;
      return { data: frame(header, data), id: decodes ? id : null };
    });
    const lying = fc.tuple(wellFormed, fc.integer({ min: 0, max: 2 ** 32 - 1 })).map(([{ data }, announced]) => {
      const length = Buffer.from(data).readUInt32BE(0);
      return { data: frame(Buffer.from(data.subarray(4, 4 + length)).toString(), data.subarray(4 + length), announced === length ? length + 1 : announced), id: null };
    });
    const noise = fc.uint8Array({ maxLength: 300 }).map((data) => ({ data, id: null }));
    const notJson = fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 40 }), bytes).map(([head, data]) => ({ data: frame(Buffer.from(head).toString('latin1') + '\u00ff', data), id: null }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(wellFormed, lying, noise, notJson), async ({ data, id }) => {
        await exchange(facilitator!, data, id);
      }),
      assertOptions(3000, 150),
    );
    await stillAnswers(facilitator!);
  });
});

const QUERY_NAMES_AND_SOUND = new Set(['state.snapshot', 'library.list', BEAMER_SOUND_REQUEST]);
