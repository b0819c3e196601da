import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

const root = path.resolve(import.meta.dirname, '..');

/** The production build, served on this machine only: what users get from static hosting. */
export async function serveProductionBuild(): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = path.join(root, '.tmp/bench-dist');
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return { url, close: () => server.close() };
}
