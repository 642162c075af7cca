// The oracles must not share code with what they check: nothing under scripts/reference/ or test-support/
// may import from src/ (a fixture made by the app's own functions proves nothing). Scans every .ts/.js/.R
// file there for import, export-from, dynamic import, require and R source() specifiers, resolving relative
// ones against the file's folder.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');
const SCANNED = ['scripts/reference', 'test-support'];
const EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.r']);

const SPECIFIERS = [
  /\bfrom\s*['"]([^'"]+)['"]/g, // import … from '…', export … from '…'
  /\bimport\s*['"]([^'"]+)['"]/g, // import '…' (side effects only)
  /\bimport\s*\(\s*['"]([^'"]+)['"]/g, // import('…')
  /\brequire\s*\(\s*['"]([^'"]+)['"]/g, // require('…')
  /\b(?:sys\.)?source\s*\(\s*(?:file\s*=\s*)?['"]([^'"]+)['"]/g, // R: source("…")
];

function specifiers(text: string): string[] {
  return SPECIFIERS.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]));
}

/** Whether `spec`, written in `file`, names something under src/ (relative, absolute or root-relative). */
function reachesSrc(file: string, spec: string): boolean {
  const target = spec.startsWith('.') ? resolve(dirname(file), spec) : isAbsolute(spec) ? spec : /^\/?src(\/|$)/.test(spec) ? join(root, spec) : null;
  if (target === null) return false; // a package name
  const rel = relative(src, target);
  return rel === '' || !(rel.startsWith('..') || isAbsolute(rel));
}

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && EXTENSIONS.has(extname(e.name).toLowerCase()))
    .map((e) => join(e.parentPath, e.name));
}

describe('the oracles share no code with src/', () => {
  it('finds the import forms it looks for, and resolves them', () => {
    const file = join(root, 'scripts/reference/x.ts');
    const text = `import a from '../../src/a';\nexport { b } from "../../src/b/c.ts";\nawait import('../../src');\nrequire('../helper');\nimport 'h3-js';\nsource("src/r/x.R")`;
    const found = specifiers(text);
    expect(found.sort()).toEqual(['../../src', '../../src/a', '../../src/b/c.ts', '../helper', 'h3-js', 'src/r/x.R'].sort());
    expect(found.filter((s) => reachesSrc(file, s)).sort()).toEqual(['../../src', '../../src/a', '../../src/b/c.ts', 'src/r/x.R'].sort());
    expect(reachesSrc(join(root, 'test-support/a.ts'), '../srcs/x')).toBe(false);
  });

  it('no file under scripts/reference/ or test-support/ imports from src/', () => {
    const files = SCANNED.flatMap(filesUnder);
    expect(files.length).toBeGreaterThan(5);
    const offending = files.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((spec) => reachesSrc(file, spec))
        .map((spec) => `${relative(root, file)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});
