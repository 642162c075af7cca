// The folder rule and the cycle rule of .oxlintrc.json bite: a probe tree with an injected cycle between two
// src/ folders fails the lint, and the same tree with the import pointing the allowed way passes.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const oxlint = join(root, 'node_modules/.bin/oxlint');
let dir = '';

function lint(files: Record<string, string>): { ok: boolean; output: string } {
  dir = mkdtempSync(join(tmpdir(), 'harmspot-lint-'));
  copyFileSync(join(root, '.oxlintrc.json'), join(dir, '.oxlintrc.json'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  try {
    return { ok: true, output: execFileSync(oxlint, ['-c', '.oxlintrc.json', 'src'], { cwd: dir, encoding: 'utf8' }) };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('the lint in npm test', () => {
  it('fails on an injected cycle between db and coordinator, naming both rules', () => {
    const r = lint({
      'src/db/probe.ts': "import { b } from '../coordinator/probe';\nexport const a = (): number => 1 + b();\n",
      'src/coordinator/probe.ts': "import { a } from '../db/probe';\nexport const b = (): number => a();\n",
    });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('no-cycle');
    expect(r.output).toContain('src/db may import only');
  });

  it('fails on a cycle inside one folder', () => {
    const r = lint({
      'src/ingest/formats/x.ts': "import { y } from '../records/y';\nexport const x = (): number => y();\n",
      'src/ingest/records/y.ts': "import { x } from '../formats/x';\nexport const y = (): number => x();\n",
    });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('no-cycle');
  });

  it('passes the same kind of import pointing the allowed way', () => {
    const r = lint({
      'src/db/probe.ts': "import { b } from '../ingest/probe';\nexport const a = (): number => 1 + b();\n",
      'src/ingest/probe.ts': 'export const b = (): number => 2;\n',
    });
    expect(r.output).not.toContain('no-cycle');
    expect(r.ok).toBe(true);
  });
});
