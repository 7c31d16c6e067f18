import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

describe('the engine boundary', () => {
  it('the linter refuses map, Svelte, app-state, component and DOM use in an engine folder', async () => {
    const eslint = new ESLint({ cwd: root });
    const code = readFileSync(join(root, 'test/fixtures/lint/engineViolation.ts.txt'), 'utf8');
    const [result] = await eslint.lintText(code, { filePath: join(root, 'src/lib/query/engineViolation.ts') });
    const found = (result?.messages ?? []).map((m) => `${m.ruleId}@${m.line}`);
    expect(found).toEqual(expect.arrayContaining(['no-restricted-imports@2', 'no-restricted-imports@3', 'no-restricted-imports@4', 'no-restricted-imports@5', 'no-restricted-globals@7']));
  }, 60_000);

  it('the same code outside the engine (the map glue) is allowed to use the map', async () => {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText("import { Map } from 'maplibre-gl';\nexport const m = Map;\n", { filePath: join(root, 'src/lib/map/ok.ts') });
    expect(result?.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  }, 60_000);
});
