import type { ClientMessage } from './wire.js';

/**
 * A request that carries bytes (a board image, a photo) travels as one binary
 * WebSocket frame: four bytes giving the length of a JSON header, the header
 * (the request with its bytes left out, and the name of the field they
 * belong in), then the bytes as they are. No base64 and no JSON of many
 * megabytes, which would hold the host for a second to decode.
 */
interface Header {
  message: ClientMessage;
  field: string;
}

/** A header is a request without its bytes: a few KB at most. */
export const HEADER_LIMIT = 64 * 1024;

/** The one field of a request's payload that holds bytes, if there is one. */
export function bytesField(message: ClientMessage): [string, Uint8Array] | undefined {
  const payload = message.payload;
  if (typeof payload !== 'object' || payload === null) return undefined;
  for (const [key, value] of Object.entries(payload)) if (value instanceof Uint8Array) return [key, value];
  return undefined;
}

export function encodeFrame(message: ClientMessage, field: string, bytes: Uint8Array): Uint8Array {
  const { [field]: _bytes, ...rest } = message.payload as Record<string, unknown>;
  const header = new TextEncoder().encode(JSON.stringify({ message: { ...message, payload: rest }, field } satisfies Header));
  const frame = new Uint8Array(4 + header.length + bytes.length);
  new DataView(frame.buffer).setUint32(0, header.length);
  frame.set(header, 4);
  frame.set(bytes, 4 + header.length);
  return frame;
}

/** The request a binary frame carries, its bytes put back in their field; undefined when it is not such a frame. */
export function decodeFrame(frame: Uint8Array): unknown {
  if (frame.length < 4) return undefined;
  const length = new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(0);
  if (length > HEADER_LIMIT || 4 + length > frame.length) return undefined;
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(frame.subarray(4, 4 + length))) as Header;
  } catch {
    return undefined;
  }
  const { message, field } = header ?? ({} as Header);
  if (typeof field !== 'string' || typeof message !== 'object' || message === null) return undefined;
  const payload = (message as { payload?: unknown }).payload;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return undefined;
  return { ...message, payload: { ...payload, [field]: frame.subarray(4 + length) } };
}
