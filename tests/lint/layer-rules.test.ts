import { ESLint } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const fixture = (name: string) => fs.readFileSync(path.join(root, 'tests', 'fixtures', 'lint', name), 'utf8');
const eslint = new ESLint({ cwd: root });

/** Lints a fixture as if it stood at `asPath`, and returns the rules that fired. */
async function rulesFired(name: string, asPath: string): Promise<string[]> {
  const [result] = await eslint.lintText(fixture(name), { filePath: path.join(root, asPath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error');
}

// ESLint loads its configuration and plugins on the first lint, which takes seconds on a busy machine.
describe('layer lint rules', { timeout: 30_000 }, () => {
  it.each([
    ['shared-imports-node.ts', 'shared/violation.ts', 'no-restricted-imports'],
    ['shared-imports-react.ts', 'shared/violation.ts', 'no-restricted-imports'],
    ['shared-uses-window.ts', 'shared/violation.ts', 'no-restricted-globals'],
    ['renderer-imports-main.ts', 'renderer/src/facilitator/violation.ts', 'no-restricted-imports'],
    ['core-imports-electron.ts', 'main/core/violation.ts', 'no-restricted-imports'],
    ['core-imports-electron.ts', 'main/web/violation.ts', 'no-restricted-imports'],
  ])('%s placed at %s fires %s', async (name, asPath, rule) => {
    expect(await rulesFired(name, asPath)).toContain(rule);
  });

  it('lets main/electron/ import electron', async () => {
    expect(await rulesFired('core-imports-electron.ts', 'main/electron/violation.ts')).toEqual([]);
  });

  it('lets main/ use Node.js modules', async () => {
    expect(await rulesFired('shared-imports-node.ts', 'main/core/violation.ts')).toEqual([]);
  });
});
