// The app's build holds no test code: no test hook, no bench page. The harness build has both.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const textOf = (dir: string) =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(js|html|mjs)$/.test(e.name))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');

describe('what the builds ship', () => {
  it('dist/ has no test hook and no bench page', () => {
    expect(existsSync(join(root, 'dist/bench.html'))).toBe(false);
    const text = textOf('dist');
    expect(text).not.toContain('__harmspotTest');
    expect(text).not.toContain('harmspot benchmark');
  });

  it('dist-harness/ has both, so the check above can fail', () => {
    expect(existsSync(join(root, 'dist-harness/bench.html'))).toBe(true);
    expect(textOf('dist-harness')).toContain('__harmspotTest');
  });
});
