// Makes sure better-sqlite3 is built for the runtime about to load it.
//   node scripts/ensure-native.mjs node       (tests, browser host, bench)
//   node scripts/ensure-native.mjs electron   (desktop app, packaging)
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { builtBinary, cachedBinary, moduleDir, root } from './native-cache.mjs';

const runtime = process.argv[2];
const quiet = process.argv.includes('--quiet');
const log = (line) => {
  if (!quiet) process.stderr.write(`${line}\n`);
};

if (runtime !== 'node' && runtime !== 'electron') {
  console.error('usage: ensure-native.mjs node|electron [--quiet]');
  process.exit(2);
}

const electronVersion = () => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

function electronAbi() {
  // The ABI of an Electron release is published with node-abi's table, which
  // is not a dependency; the binary answers directly when it is installed.
  const electron = path.join(root, 'node_modules', '.bin', 'electron');
  const out = spawnSync(electron, ['-e', 'process.stdout.write(process.versions.modules)'], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
  });
  if (out.status !== 0 || !out.stdout) throw new Error('the Electron binary did not report its ABI');
  return out.stdout.trim();
}

function loadsInNode(file) {
  const probe = spawnSync(
    process.execPath,
    ['-e', `const D=require(${JSON.stringify(path.join(moduleDir))});new D(':memory:',{nativeBinding:${JSON.stringify(file)}}).close()`],
    { encoding: 'utf8' },
  );
  return probe.status === 0;
}

function rebuild(extraArgs) {
  log(`Building better-sqlite3 for ${runtime} (first time only, about 2 minutes)...`);
  const logFile = path.join(os.tmpdir(), `flipover-native-build-${runtime}.log`);
  const out = fs.openSync(logFile, 'w');
  const build = spawnSync('npm', ['rebuild', 'better-sqlite3', '--ignore-scripts=false', '--foreground-scripts', ...extraArgs], {
    cwd: root,
    // prebuild-install would try to download a binary first; build here instead.
    env: { ...process.env, npm_config_build_from_source: 'true' },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  if (build.status !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n');
    console.error(`${tail}\nBuilding better-sqlite3 failed; the whole log is in ${logFile}.`);
    process.exit(1);
  }
}

function keep(target) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(builtBinary, target);
}

if (runtime === 'node') {
  const target = cachedBinary('node', process.versions.modules);
  if (fs.existsSync(target) && loadsInNode(target)) process.exit(0);
  if (!(fs.existsSync(builtBinary) && loadsInNode(builtBinary))) {
    rebuild([]);
  }
  if (!loadsInNode(builtBinary)) {
    console.error('better-sqlite3 was built but does not load in this Node.js; see the build output above.');
    process.exit(1);
  }
  keep(target);
  log(`better-sqlite3 ready for Node ${process.version}.`);
} else {
  const abi = electronAbi();
  const target = cachedBinary('electron', abi);
  if (fs.existsSync(target)) process.exit(0);
  const nodeCopy = fs.existsSync(builtBinary) ? fs.readFileSync(builtBinary) : null;
  rebuild([
    '--runtime=electron',
    `--target=${electronVersion()}`,
    '--dist-url=https://electronjs.org/headers',
  ]);
  keep(target);
  // Put Node's build back so the tests keep working without another rebuild.
  if (nodeCopy) fs.writeFileSync(builtBinary, nodeCopy);
  log(`better-sqlite3 ready for Electron ${electronVersion()}.`);
}
