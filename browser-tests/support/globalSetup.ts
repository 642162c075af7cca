import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startPreview } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    /** The same app built with its test hooks (dist-harness/), for the few tests that need one. */
    harnessUrl: string;
  }
}

export default async function setup(project: TestProject) {
  for (const dir of ['dist', 'dist-harness']) {
    if (!existsSync(new URL(`../../${dir}/index.html`, import.meta.url))) {
      throw new Error(`${dir}/ is missing: browser tests run against the builds, so run \`npm run build && npm run build:harness\` first (npm test does).`);
    }
  }
  const [app, harness] = await Promise.all([startPreview('dist'), startPreview('dist-harness')]);
  project.provide('appUrl', app.url);
  project.provide('harnessUrl', harness.url);
  return async () => {
    await Promise.all([app.close(), harness.close()]);
  };
}
