import { execFileSync, spawn } from 'node:child_process';

/**
 * A network namespace joined to this one by a veth pair: a second computer
 * in the room, as far as the network goes. `hostAddress` is this side's end
 * (a connection of this computer), `roomAddress` the other side's.
 */
export interface RoomNetwork {
  namespace: string;
  hostInterface: string;
  hostAddress: string;
  roomAddress: string;
  /** Runs a command inside the namespace; resolves with its stdout lines as they come, and its end. */
  spawnInRoom(command: string, args: string[]): RoomProcess;
  remove(): void;
}

export interface RoomProcess {
  lines: string[];
  /** Resolves with the first line that passes `test`. */
  line(test: (line: string) => boolean): Promise<string>;
  done: Promise<{ code: number | null; stderr: string }>;
}

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/**
 * Makes the namespace, or says in one sentence why it cannot on this
 * machine (not root, no `ip`, a kernel or container without namespaces).
 */
export function makeRoomNetwork(): RoomNetwork | { unavailable: string } {
  if (process.platform !== 'linux') return { unavailable: `network namespaces are a Linux feature; this is ${process.platform}` };
  if (process.getuid?.() !== 0) return { unavailable: 'making a network namespace and a veth pair needs root (run the tests as root to include this one)' };
  const tag = `${process.pid % 100_000}`;
  const namespace = `flipover-lan-${tag}`;
  const hostInterface = `flv${tag}h`;
  const roomInterface = `flv${tag}r`;
  // 198.18.0.0/15 is set aside for tests of network devices: it clashes with no venue's network.
  const subnet = `198.18.${process.pid % 250}.${(Math.floor(process.pid / 250) % 60) * 4}`;
  const base = subnet.split('.').map(Number);
  const hostAddress = `${base[0]}.${base[1]}.${base[2]}.${base[3]! + 1}`;
  const roomAddress = `${base[0]}.${base[1]}.${base[2]}.${base[3]! + 2}`;
  const remove = () => {
    for (const undo of [() => ip('link', 'del', hostInterface), () => ip('netns', 'del', namespace)]) {
      try {
        undo();
      } catch {
        // Not made, or already gone with the other.
      }
    }
  };
  try {
    ip('netns', 'add', namespace);
    ip('link', 'add', hostInterface, 'type', 'veth', 'peer', 'name', roomInterface);
    ip('link', 'set', roomInterface, 'netns', namespace);
    ip('addr', 'add', `${hostAddress}/30`, 'dev', hostInterface);
    ip('link', 'set', hostInterface, 'up');
    ip('netns', 'exec', namespace, 'ip', 'addr', 'add', `${roomAddress}/30`, 'dev', roomInterface);
    ip('netns', 'exec', namespace, 'ip', 'link', 'set', roomInterface, 'up');
    ip('netns', 'exec', namespace, 'ip', 'link', 'set', 'lo', 'up');
  } catch (error) {
    remove();
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return { unavailable: `this machine does not allow a network namespace with a veth pair (${stderr || (error as Error).message})` };
  }
  return {
    namespace,
    hostInterface,
    hostAddress,
    roomAddress,
    remove,
    spawnInRoom: (command, args) => {
      const child = spawn('ip', ['netns', 'exec', namespace, command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      const lines: string[] = [];
      const waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
      let pending = '';
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.on('data', (d) => {
        pending += d;
        for (let cut = pending.indexOf('\n'); cut >= 0; cut = pending.indexOf('\n')) {
          const line = pending.slice(0, cut);
          pending = pending.slice(cut + 1);
          lines.push(line);
          for (const waiter of waiters.filter((w) => w.test(line))) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(line);
          }
        }
      });
      const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.once('close', (code) => resolve({ code, stderr })));
      return {
        lines,
        done,
        line: (test) => {
          const found = lines.find(test);
          if (found !== undefined) return Promise.resolve(found);
          return new Promise((resolve, reject) => {
            waiters.push({ test, resolve });
            void done.then(({ code, stderr }) => reject(new Error(`the probe in the namespace ended (${code}) before that line:\n${lines.join('\n')}\n${stderr}`)));
          });
        },
      };
    },
  };
}
