/**
 * `npm run bench -- home`: the event loop's lag while an admin opens Home on the program (the program digest read and
 * built afresh: Home's cache dropped before each open), measured with perf_hooks.monitorEventLoopDelay, beside the
 * lag while the same collections are scanned bare; and the time of an open, cold and kept (within the minute).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ADMIN_ID, bareScanOf, fmt, gc, machineLine, median, runsOf, timed, type BenchDatabase, type BenchOptions } from './common.js';
import { DIGEST_COLLECTIONS } from './digests.js';
import { createOfflineApp } from './offline-app.js';
import { seededLine, seedProgram } from './seed.js';

/**
 * The event loop's delay while `work` runs, sampled every 10 ms: p50, p99 and max in ms for each call. Each call has a
 * monitor of its own (one enabled again would count the time it was off as a delay).
 */
function lagMonitor() {
  const runs: { readonly p50: number; readonly p99: number; readonly max: number; readonly samples: number }[] = [];
  return {
    async during<T>(work: () => Promise<T>): Promise<{ readonly ms: number; readonly result: T }> {
      gc(); // before the monitor starts: a forced collection is not the work's
      const histogram = monitorEventLoopDelay({ resolution: 10 });
      histogram.enable();
      const started = performance.now();
      try {
        const result = await work();
        return { ms: performance.now() - started, result };
      } finally {
        histogram.disable();
        runs.push({ p50: histogram.percentile(50) / 1e6, p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6, samples: histogram.count });
      }
    },
    runs,
  };
}

export async function benchHome(bench: BenchDatabase, options: BenchOptions): Promise<string[]> {
  const { connection } = bench.database;
  const seeded = await seedProgram(connection, options);
  const { features } = createOfflineApp(bench);
  const open = () => features.home.useCases.readHome(ADMIN_ID, options.now);
  const cold = () => {
    features.home.onProgramChanged('roster');
    return open();
  };
  const bareScan = bareScanOf(connection, DIGEST_COLLECTIONS);
  await bareScan();
  await cold();
  const scanLag = lagMonitor();
  const homeLag = lagMonitor();
  const scans: number[] = [];
  const opens: number[] = [];
  for (let i = 0; i < options.runs; i += 1) {
    scans.push((await scanLag.during(bareScan)).ms);
    opens.push((await homeLag.during(cold)).ms);
  }
  const kept: number[] = [];
  for (let i = 0; i < options.runs; i += 1) kept.push((await timed(open)).ms);
  const lag = (runs: typeof homeLag.runs) =>
    `p50 ${fmt(median(runs.map((r) => r.p50)))} ms, p99 ${fmt(median(runs.map((r) => r.p99)))} ms [runs ${runs.map((r) => fmt(r.p99)).join(', ')}], max ${fmt(Math.max(...runs.map((r) => r.max)))} ms (${fmt(median(runs.map((r) => r.samples)))} samples a run)`;
  const met = homeLag.runs.every((r) => r.p99 < 100);
  return [
    await machineLine('home', connection),
    seededLine(seeded, fmt),
    `  an admin (ADMIN_USER_IDS) opens Home at --now ${options.now.toISOString()}: the program digest of ${fmt(options.groups + 1)} groups, read and built afresh each time`,
    `  bare scan of the same collections: ${fmt(median(scans))} ms  ${runsOf(scans)}; event-loop lag meanwhile: ${lag(scanLag.runs)}`,
    `  admin Home open: ${fmt(median(opens))} ms  ${runsOf(opens)}; event-loop lag meanwhile: ${lag(homeLag.runs)}`,
    `  the same open again within the minute (kept): ${median(kept).toFixed(2)} ms  [runs ${kept.map((ms) => ms.toFixed(2)).join(', ')}]`,
    `  goal (event-loop lag during an admin Home open, p99 under 100 ms in every run): ${met ? 'met' : 'NOT met'}`,
  ];
}
