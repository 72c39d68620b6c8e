// `npm start`: the desktop app from this checkout. Installs skip scripts
// (.npmrc), so the Electron binary is fetched here, on first start, and the
// native module is built for Electron's ABI before the app loads it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOWNLOAD_TIMEOUT_MS = 120_000;

const stop = (sentence) => {
  process.stderr.write(`${sentence}\n`);
  process.exit(1);
};

function electronBinary() {
  try {
    // The electron package's main module is the path of its binary, and
    // throws when the download never happened.
    const binary = createRequire(path.join(root, 'package.json'))('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

function downloadElectron() {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!fs.existsSync(installer)) return;
  spawnSync(process.execPath, [installer], { cwd: root, stdio: 'pipe', timeout: DOWNLOAD_TIMEOUT_MS });
}

// Kept out of the terminal so a failure reads as one sentence; the details stay on disk.
function runQuietly(args, logName) {
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.status === 0) return undefined;
  const logFile = path.join(os.tmpdir(), logName);
  fs.writeFileSync(logFile, `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`);
  return logFile;
}

function npm(args) {
  // Under `npm start`, npm says where it lives; that also avoids npm.cmd on Windows.
  const npmCli = process.env.npm_execpath;
  const [command, commandArgs] = npmCli ? [process.execPath, [npmCli, ...args]] : ['npm', args];
  return spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: !npmCli && process.platform === 'win32' });
}

let binary = electronBinary();
if (!binary) {
  downloadElectron();
  binary = electronBinary();
}
if (!binary) {
  stop(
    "Flipover's desktop app cannot start here: the Electron binary is not installed and could not be downloaded; run `npm run web` to use Flipover in your browser instead.",
  );
}

const nativeLog = runQuietly([path.join('scripts', 'ensure-native.mjs'), 'electron'], 'flipover-native-electron.log');
if (nativeLog) {
  stop(`Flipover's desktop app cannot start: better-sqlite3 could not be built for Electron (details in ${nativeLog}).`);
}

if (npm(['run', 'build', '--silent']).status !== 0) {
  stop("Flipover's desktop app cannot start: the build failed (see the output above).");
}

const env = { ...process.env };
// Set in the environment, it would make Electron run as plain Node.
delete env.ELECTRON_RUN_AS_NODE;
const app = spawn(binary, ['.'], { cwd: root, stdio: 'inherit', env });
// Ctrl+C reaches Electron too; wait for it to close so its exit code is ours.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('error', (error) => stop(`Flipover's desktop app could not be started: ${error.message}.`));
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
