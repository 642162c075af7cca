import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startPreview } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(new URL('../../dist/index.html', import.meta.url))) {
    throw new Error('dist/ is missing: browser tests run against the build, so run `npm run build` first (npm test does).');
  }
  const server = await startPreview();
  project.provide('appUrl', server.url);
  return () => server.close();
}
