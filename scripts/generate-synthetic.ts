// Writes seeded synthetic police.uk-style CSVs (labelled synthetic in the force and Context columns):
//   npx tsx scripts/generate-synthetic.ts thanet <records> <out.csv>   resampled Thanet, 60 months
//   npx tsx scripts/generate-synthetic.ts kent <YYYY-MM> <out.csv>     real Thanet month + synthetic rest of Kent
import { writeFileSync } from 'node:fs';
import { HEADER, kentSizedCsv, resampledThanetLines } from './synthetic';

const [kind, arg, out] = process.argv.slice(2);
if (kind === 'thanet' && out) {
  writeFileSync(out, [HEADER, ...resampledThanetLines(Number(arg))].join('\n') + '\n');
} else if (kind === 'kent' && out) {
  writeFileSync(out, kentSizedCsv(arg));
} else {
  console.error('usage: generate-synthetic.ts thanet <records> <out.csv> | kent <YYYY-MM> <out.csv>');
  process.exit(2);
}
console.log(`wrote ${out}`);
