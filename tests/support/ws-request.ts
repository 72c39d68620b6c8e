import type { WsTestClient } from './ws-client.js';

type Ok<T> = { ok: true; value: T };

/** A request whose failure ends the script: seeding screenshots and benches has no use for a half-made board. */
export async function request<T>(client: WsTestClient, name: string, payload: unknown): Promise<T> {
  const result = await client.request(name, payload);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result)}`);
  return (result as Ok<T>).value;
}
