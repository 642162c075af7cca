import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingPdf, pdfSafe } from './briefingPdf';

describe('briefing PDF', () => {
  it('writes one page per slide that poppler reads back as text', async () => {
    const page = (title: string) => ({
      title,
      subtitle: 'Oct 2019 · Thanet',
      mapPng: null,
      lines: ['Violence and sexual offences in Thanet: 742 in Oct 2019, up 4 % on Sep 2019.'],
      topFive: ['High Street (Margate Central) — 31'],
      notes: '',
      disclosure: 'Disclosure control: counts below 5 are shown as <5.',
      method: ['Method: H3 level 9.'],
      sources: ['Contains public sector information licensed under the Open Government Licence v3.0.'],
    });
    const bytes = await briefingPdf([page('Slide one'), page('Slide two ≈ ok')], 'Test pack');
    const file = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'pack.pdf');
    writeFileSync(file, bytes);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+2/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Slide one');
    expect(text).toContain('Slide two ~ ok');
    expect(text).toContain('Disclosure control: counts below 5 are shown as <5.');
  });

  it('keeps WinAnsi text and replaces what the standard fonts cannot draw', () => {
    expect(pdfSafe('Jun–Aug 2019 — £5 ≈ 10 km² → done 日本')).toBe('Jun–Aug 2019 — £5 ~ 10 km² -> done ??');
  });
});
