// Profiles one hosted-set page load: each engine request (SQL, time) and the range requests it made (bytes, count).
// tsx scripts/scale-set/profile.ts [search] — serves .tmp/bench-dist (npm run bench builds it) and hosted/.
import path from 'node:path';
import { preview } from 'vite';
import { openPage } from '../../test/e2e/support/browser';

const root = path.resolve(import.meta.dirname, '../..');
const search = process.argv[2] ?? '?hosted=scale&ds=scale&ind=sess_overall_percent&geo=area:School:100000';
const next = process.argv.slice(3);

interface Message {
  id: number;
  type: string;
  text: string;
  sent: number;
  done?: number;
}
interface Fetch {
  file: string;
  range: string;
  bytes: number;
  at: number;
  ms: number;
}

const server = await preview({
  root,
  logLevel: 'warn',
  build: { outDir: path.join(root, '.tmp/bench-dist') },
  preview: { port: 0, host: '127.0.0.1' },
});
const url = server.resolvedUrls?.local[0] ?? '';
const open = await openPage(url);
const fetches: Fetch[] = [];
open.context.on('requestfinished', (request) => {
  if (!request.url().includes('/hosted/')) return;
  const at = Date.now();
  void Promise.all([request.sizes(), request.allHeaders()]).then(([sizes, headers]) =>
    fetches.push({
      file: request.url().replace(/^.*\/hosted\//, ''),
      range: `${request.method()} ${headers.range ?? ''}`,
      bytes: sizes.responseBodySize,
      at,
      ms: request.timing().responseEnd,
    }),
  );
});
await open.context.addInitScript(() => {
  const log: unknown[] = [];
  (globalThis as unknown as { lensWorkerLog: unknown[] }).lensWorkerLog = log;
  const post = Worker.prototype.postMessage;
  const entries = new Map<number, { id: number; type: string; text: string; sent: number; done?: number }>();
  Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
    const m = message as { messageId?: number; type?: string; data?: unknown };
    if (m && typeof m.messageId === 'number') {
      const entry = {
        id: m.messageId,
        type: String(m.type),
        text: JSON.stringify(m.data ?? null).slice(0, 400),
        sent: Date.now(),
      };
      entries.set(m.messageId, entry);
      log.push(entry);
      if (!(this as unknown as { lensHooked?: boolean }).lensHooked) {
        (this as unknown as { lensHooked?: boolean }).lensHooked = true;
        this.addEventListener('message', (event: MessageEvent) => {
          const r = event.data as { requestId?: number };
          const e = typeof r?.requestId === 'number' ? entries.get(r.requestId) : undefined;
          if (e && e.done === undefined) e.done = Date.now();
        });
      }
    }
    return (post as (...args: unknown[]) => void).call(this, message, ...rest);
  };
});

async function settled(): Promise<void> {
  await open.page.waitForFunction(
    () => {
      const chart = document.querySelector('[data-chart][data-state="ready"]');
      return (
        (chart?.querySelectorAll('.series-line').length ?? 0) > 0 &&
        !document.querySelector('[data-state="loading"]')
      );
    },
    null,
    { timeout: 600_000, polling: 100 },
  );
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

function report(label: string, messages: Message[], from: number): void {
  const mine = fetches.filter((f) => f.at >= from);
  console.log(
    `\n=== ${label}: ${mine.length} range requests, ${(mine.reduce((s, f) => s + f.bytes, 0) / 1e6).toFixed(2)} MB`,
  );
  // The worker answers one message at a time: a message's own time starts when the one before it was answered.
  let free = 0;
  for (const m of messages.filter((x) => x.sent >= from)) {
    const end = m.done ?? Date.now();
    const start = Math.max(m.sent, free);
    free = end;
    const during = mine.filter((f) => f.at >= start && f.at <= end + 5);
    if (during.length === 0 && end - start < 30) continue;
    const bytes = during.reduce((s, f) => s + f.bytes, 0);
    const files = new Set(during.map((f) => f.file.replace(/\.duckdb$/, '')));
    const sizes = during.map((f) => f.bytes);
    console.log(
      `${String(end - start).padStart(7)} ms ${String(during.length).padStart(4)} req ${(bytes / 1e6).toFixed(2).padStart(7)} MB ` +
        `files ${files.size} max ${Math.max(0, ...sizes)} ${m.type} ${m.text.replace(/\\n/g, ' ').slice(0, 260)}`,
    );
  }
}

try {
  const started = Date.now();
  await open.page.goto(`${url}${search}`);
  await settled();
  const log = () =>
    open.page.evaluate(() => (globalThis as unknown as { lensWorkerLog: Message[] }).lensWorkerLog);
  const ready = await open.page.evaluate(
    () => performance.getEntriesByName('lens:duckdb-ready').at(-1)?.startTime ?? 0,
  );
  console.log(`engine ready at ${ready.toFixed(0)} ms after navigation start`);
  report(`first load ${search}`, await log(), started);
  for (const step of next) {
    const at = Date.now();
    await open.page.evaluate((query) => {
      window.history.pushState(null, '', `${window.location.pathname}${query}`);
      window.dispatchEvent(new Event('lens:navigate'));
    }, step);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settled();
    report(step, await log(), at);
  }
  const sizes = new Map<number, number>();
  for (const f of fetches) sizes.set(f.bytes, (sizes.get(f.bytes) ?? 0) + 1);
  console.log('\nrequest sizes (bytes: count):', [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 12));
  if (open.consoleErrors.length) console.log('console errors:', open.consoleErrors);
} finally {
  await open.close();
  await server.close();
}
