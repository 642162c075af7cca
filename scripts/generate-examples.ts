// Writes the seeded, INVENTED example files for the perception comparison:
//   npx tsx scripts/generate-examples.ts [out-dir]     (default public/examples)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COUNCIL_EXAMPLE, councilAsbExampleCsv, PERCEPTION_EXAMPLE, perceptionExampleCsv } from './examples';

const dir = process.argv[2] ?? 'public/examples';
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, PERCEPTION_EXAMPLE.file), perceptionExampleCsv());
writeFileSync(join(dir, COUNCIL_EXAMPLE.file), councilAsbExampleCsv());
console.log(`wrote ${join(dir, PERCEPTION_EXAMPLE.file)} (${PERCEPTION_EXAMPLE.rows} rows)`);
console.log(`wrote ${join(dir, COUNCIL_EXAMPLE.file)} (${COUNCIL_EXAMPLE.rows} rows)`);
