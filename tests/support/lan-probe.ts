/**
 * A computer in the room, run inside the test's network namespace:
 * `node --import tsx lan-probe.ts '<steps as JSON>'`. Each step prints one
 * line of JSON: what a browser there would get.
 */
import http from 'node:http';
import WebSocket from 'ws';

type Step =
  | { kind: 'get'; url: string; method?: string }
  | { kind: 'socket'; url: string; origin: string; send?: unknown }
  | { kind: 'sockets'; url: string; origin: string; count: number }
  | { kind: 'watch'; url: string; origin: string };

type Outcome = { opened: true; ws: WebSocket; first: string } | { opened: false; status?: number; error?: string };

function get(url: string, method = 'GET'): Promise<object> {
  return new Promise((resolve) => {
    const req = http.request(url, { method, timeout: 5_000 }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, csp: res.headers['content-security-policy'], body: body.slice(0, 200) }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end();
  });
}

function open(url: string, origin: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { origin, handshakeTimeout: 5_000 });
    ws.once('unexpected-response', (_req, res) => resolve({ opened: false, status: res.statusCode }));
    ws.once('error', (error: NodeJS.ErrnoException) => resolve({ opened: false, error: error.code ?? error.message }));
    ws.once('message', (data) => resolve({ opened: true, ws, first: (JSON.parse(data.toString()) as { type: string }).type }));
  });
}

function answer(ws: WebSocket, payload: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { type: string; id: unknown; result: unknown };
      if (message.type === 'response' && message.id === 1) resolve(message.result);
    });
    ws.send(JSON.stringify({ type: 'request', id: 1, ...(payload as object) }));
  });
}

const closed = (ws: WebSocket) => new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
const shown = ({ opened, ...rest }: Outcome) => ({ opened, ...('ws' in rest ? { first: rest.first } : rest) });
const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

for (const step of JSON.parse(process.argv[2]!) as Step[]) {
  if (step.kind === 'get') {
    print(await get(step.url, step.method));
  } else if (step.kind === 'socket') {
    const outcome = await open(step.url, step.origin);
    const response = outcome.opened && step.send ? await answer(outcome.ws, step.send) : undefined;
    if (outcome.opened) outcome.ws.close();
    print({ ...shown(outcome), response });
  } else if (step.kind === 'sockets') {
    const outcomes: Outcome[] = [];
    for (let i = 0; i < step.count; i++) outcomes.push(await open(step.url, step.origin));
    print({ outcomes: outcomes.map(shown) });
    for (const o of outcomes) if (o.opened) o.ws.close();
  } else {
    const outcome = await open(step.url, step.origin);
    print(shown(outcome));
    if (outcome.opened) print({ closed: await closed(outcome.ws) });
  }
}
