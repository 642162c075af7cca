import { execSync } from 'node:child_process';

/** Resident memory of every Chromium process (the tab, its workers, the GPU process), in MB. */
export function chromiumMB(): number {
  return Number(execSync("ps -eo rss,comm | awk '/chrom/ {s += $1} END {print s+0}'").toString().trim()) / 1024;
}
