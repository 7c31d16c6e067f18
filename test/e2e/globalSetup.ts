import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type StaticServer } from '../../scripts/serve/staticServer.ts';

let server: StaticServer | undefined;

/** Serves the built app (npm run build → dist/) on 127.0.0.1 for every e2e file. */
export async function setup(project: TestProject): Promise<void> {
  // ATLAS_DIST lets two people build and test side by side without sharing one dist/.
  const dist = process.env.ATLAS_DIST ?? join(import.meta.dirname, '../../dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does)');
  server = await startStaticServer(dist);
  project.provide('appUrl', `${server.url}/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}
