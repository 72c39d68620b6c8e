// `npm run security`: Electronegativity over the Electron shell and the pages
// it loads. Every finding must be accepted, with its reason, in SECURITY.md;
// any other finding, a file the tool could not read, or a scan of no files
// at all fails the run.
//
// The tool runs through its programmatic entry rather than its CLI: with
// --output the CLI turns silent and drops its parse and check errors, so a
// file it could not read would pass unnoticed. The entry returns them.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const runElectronegativity = require('@doyensec/electronegativity');
const { list_files: listFiles } = require('@doyensec/electronegativity/dist/util');

// Scanned together because the global checks (navigation limits, permission
// handler, CSP) judge the whole app at once; package.json gives the Electron
// version and the start scripts' flags.
const SHELL = 'main/electron';
const SCANNED = [SHELL, 'renderer/index.html', 'renderer/beamer.html', 'renderer/src', 'package.json'];
// It asks GitHub for newer Electron releases: it needs the network and its
// answer changes from day to day, so it cannot gate a build.
const SKIPPED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const ACCEPTED_HEADING = 'Accepted Electronegativity findings';
// The window checks read the object literal passed to the constructor; a
// window made elsewhere, from a variable or behind a TypeScript `as`, would
// slip past them. So windows are made in one place, from one literal.
const WINDOW_FACTORY = 'main/electron/security.ts';
const MAKES_WINDOW = /new\s+(BrowserWindow|BrowserView|WebContentsView)\b/;

/** Ends the run as failed, with these lines for the reader. */
class Refusal extends Error {
  constructor(lines) {
    super(lines.join('\n'));
  }
}
const fail = (lines) => {
  throw new Refusal(lines);
};

function acceptedChecks() {
  const markdown = fs.readFileSync(path.join(root, 'SECURITY.md'), 'utf8');
  const section = markdown.split(/^## /m).find((part) => part.startsWith(ACCEPTED_HEADING));
  if (!section) fail([`electronegativity: SECURITY.md has no "## ${ACCEPTED_HEADING}" table.`]);
  const accepted = new Map();
  for (const line of section.split('\n')) {
    const row = /^\|\s*`?([A-Z][A-Z0-9_]+)`?\s*\|(.*)\|\s*$/.exec(line);
    if (!row) continue;
    const reason = row[2].trim();
    if (!reason) fail([`electronegativity: SECURITY.md accepts ${row[1]} without a reason.`]);
    accepted.set(row[1], reason);
  }
  return accepted;
}

// A copy laid out like the repository, so reported paths are repository paths.
function stage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flipover-electronegativity-'));
  for (const entry of SCANNED) {
    const from = path.join(root, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, entry), { recursive: true });
  }
  return dir;
}

// The tool prints progress and network notices with console.log; they are
// shown only if the run goes wrong.
async function quietly(work) {
  const said = [];
  const saved = { log: console.log, info: console.info, warn: console.warn };
  console.log = console.info = console.warn = (...args) => said.push(args.join(' '));
  try {
    return await work();
  } catch (error) {
    return fail([...said, `electronegativity: the tool failed: ${error instanceof Error ? error.message : error}`]);
  } finally {
    Object.assign(console, saved);
  }
}

const where = (issue) => (issue.file === 'N/A' ? 'whole app' : `${issue.file}:${issue.location.line}`);

async function main() {
  const accepted = acceptedChecks();
  const dir = stage();
  try {
    const files = ((await listFiles(dir)) ?? []).map((file) => path.relative(dir, file).split(path.sep).join('/'));
    if (!files.some((file) => file.startsWith(`${SHELL}/`))) {
      fail([`electronegativity: found no files to scan in ${SHELL}; a scan of nothing proves nothing.`]);
    }
    const inlineDisabled = files.filter((file) => fs.readFileSync(path.join(dir, file), 'utf8').includes('eng-disable'));
    if (inlineDisabled.length > 0) {
      fail([
        'electronegativity: findings are accepted in SECURITY.md, not with eng-disable comments; remove them from:',
        ...inlineDisabled.map((file) => `  ${file}`),
      ]);
    }
    const strayWindows = files.filter(
      (file) => file.startsWith(`${SHELL}/`) && file !== WINDOW_FACTORY && MAKES_WINDOW.test(fs.readFileSync(path.join(dir, file), 'utf8')),
    );
    if (strayWindows.length > 0) {
      fail([
        `electronegativity: windows are made only in ${WINDOW_FACTORY}, where the checks can read their settings; found others in:`,
        ...strayWindows.map((file) => `  ${file}`),
      ]);
    }

    process.env.LANG = 'en-US';
    const result = await quietly(() =>
      runElectronegativity(
        { input: dir, isRelative: true, isVerbose: false, customScan: [], excludeFromScan: SKIPPED_CHECKS, parserPlugins: [] },
        false,
      ),
    );
    if (result.errors.length > 0) {
      fail([
        'electronegativity: the tool could not check every file:',
        ...result.errors.map((error) => `  ${path.relative(dir, error.file)}: ${error.message}`),
      ]);
    }

    const findings = result.issues;
    const unaccepted = findings.filter((issue) => !accepted.has(issue.id));
    const unused = [...accepted.keys()].filter((id) => !findings.some((issue) => issue.id === id));
    const scope = `${findings.length} findings in ${files.length} files`;
    if (unaccepted.length > 0) {
      fail([
        `electronegativity: ${scope}; ${unaccepted.length} not accepted in SECURITY.md (fix them, or accept them there with a reason):`,
        ...unaccepted.map((issue) => `  ${issue.id}  ${where(issue)}  ${issue.description}`),
      ]);
    }
    process.stdout.write(`electronegativity: ${scope}, all accepted in SECURITY.md\n`);
    if (unused.length > 0) {
      process.stdout.write(`electronegativity: accepted in SECURITY.md but no longer found: ${unused.join(', ')}\n`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
