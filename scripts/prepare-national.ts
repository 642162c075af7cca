// npm run prepare-national -- <csv folder or glob> <out-dir> [--row-group-size N] [--sort hilbert|morton|latlon]
// A national police.uk extract → month-partitioned Parquet + manifest.json, to be served as static files.
import { prepareNational, type SortKey } from './nationalParquet';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const rowGroupSize = flag('--row-group-size');
const sort = flag('--sort') as SortKey | undefined;
const [input, out] = args;
if (!input || !out || (sort && !['hilbert', 'morton', 'latlon'].includes(sort))) {
  console.error('usage: prepare-national.ts <csv folder or glob> <out-dir> [--row-group-size N] [--sort hilbert|morton|latlon]');
  process.exit(2);
}
const t0 = performance.now();
const manifest = await prepareNational(input, out, { rowGroupSize: rowGroupSize ? Number(rowGroupSize) : undefined, sort });
const mb = manifest.months.reduce((s, m) => s + m.bytes, 0) / 1e6;
console.log(
  `${manifest.rows.toLocaleString('en-GB')} rows (${manifest.rowsNoLocation.toLocaleString('en-GB')} without location, ` +
    `${manifest.rowsBadMonth} bad months left out) → ${manifest.months.length} month files, ${mb.toFixed(1)} MB, ` +
    `${manifest.synthetic ? 'SYNTHETIC, ' : ''}in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${out}/manifest.json`,
);
