import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { rmSync } from 'node:fs';
import path from 'node:path';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '../../..');
let server: PreviewServer | undefined;
// One folder per run, so two runs on one machine never serve each other's half-written build.
const outDir = path.join(root, `.tmp/e2e-dist-${process.pid}`);

/** Browser tests run against the production build, served from this machine only. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('The preview server did not report its address.');
  project.provide('baseUrl', address);
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
