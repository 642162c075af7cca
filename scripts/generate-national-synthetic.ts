// Writes a seeded SYNTHETIC national street-level extract, one CSV per month in police.uk's zip layout:
//   npx tsx scripts/generate-national-synthetic.ts <records> <out-dir> [from YYYY-MM] [to YYYY-MM] [seed]
import { writeNationalSynthetic } from './nationalSynthetic';

const [records, out, from, to, seed] = process.argv.slice(2);
if (!records || !out || !(Number(records) > 0)) {
  console.error('usage: generate-national-synthetic.ts <records> <out-dir> [from YYYY-MM] [to YYYY-MM] [seed]');
  process.exit(2);
}
const t0 = performance.now();
const summary = writeNationalSynthetic(out, Number(records), { from, to, seed: seed ? Number(seed) : undefined });
console.log(
  `wrote ${summary.records.toLocaleString('en-GB')} SYNTHETIC records (${summary.thanet.toLocaleString('en-GB')} resampled Thanet, ` +
    `${summary.noLocation.toLocaleString('en-GB')} without location) in ${summary.files.length} files under ${out} ` +
    `in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
