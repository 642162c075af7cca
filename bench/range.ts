// npx tsx bench/range.ts [records]   (default 10,000,000; the synthetic set is cached in the temp folder)
import { benchRangeRequests } from './rangeRequests';

const records = Number(process.argv[2] ?? 10_000_000);
console.log(await benchRangeRequests(records));
