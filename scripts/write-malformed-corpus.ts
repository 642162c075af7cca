// Writes the malformed-input corpus to a folder, to try each file in the app by hand:
//   npx tsx scripts/write-malformed-corpus.ts /tmp/corpus
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { malformedCorpus } from './malformedCorpus';

const dir = process.argv[2] ?? 'test-results/malformed-corpus';
mkdirSync(dir, { recursive: true });
for (const f of malformedCorpus()) writeFileSync(join(dir, f.name), f.bytes);
console.log(`wrote ${malformedCorpus().length} files to ${dir}`);
