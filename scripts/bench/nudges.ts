/** `npm run bench -- nudges`: the nudge planning (the job's reads and rules, without sending) beside a bare scan. */
import { settingsOf } from '../../src/config/env.js';
import { dueNudges } from '../../src/features/nudges/domain/due-nudges.js';
import type { Nudge } from '../../src/features/nudges/domain/nudge.js';
import { loadNudgeState, planNudges } from '../../src/features/nudges/plan-nudges.js';
import { nudgeSettings as nudgeSettingsFragment } from '../../src/features/nudges/settings.js';
import { createStores } from '../../src/program/store/create-stores.js';
import { awayModel } from '../../src/program/store/away.model.js';
import { contactModel } from '../../src/program/store/contact.model.js';
import { requestModel } from '../../src/program/store/request.model.js';
import { groupModel, membershipModel, personModel } from '../../src/program/store/roster.model.js';
import { bareScanOf, fmt, gc, machineLine, mb, median, type BenchDatabase, type BenchOptions } from './common.js';
import { seededLine, seedProgram } from './seed.js';

export async function benchNudges(bench: BenchDatabase, options: BenchOptions): Promise<string[]> {
  const { connection } = bench.database;
  const { now, runs } = options;
  const seeded = await seedProgram(connection, options);
  const nudgeSettings = settingsOf(bench.config, nudgeSettingsFragment);
  const deps = { config: bench.config, nudgeSettings, ...createStores(connection) };
  const bareScan = bareScanOf(connection, [personModel, groupModel, membershipModel, requestModel, awayModel, contactModel]);
  const measure = async <T>(work: () => Promise<T>) => {
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 2);
    const started = performance.now();
    const result = await work();
    const ms = performance.now() - started;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    clearInterval(sample);
    return { ms, before, peak, result };
  };

  // Alternate the two, so that caches and the shared machine's load treat them alike; one warm-up each first.
  await bareScan();
  await planNudges(deps, now);
  const scans: Awaited<ReturnType<typeof measure<number>>>[] = [];
  const plans: Awaited<ReturnType<typeof measure<Awaited<ReturnType<typeof planNudges>>>>>[] = [];
  for (let i = 0; i < runs; i += 1) {
    scans.push(await measure(bareScan));
    plans.push(await measure(() => planNudges(deps, now)));
  }
  // The rules alone, on data already read (the rest of the planning time is reading).
  const state = await loadNudgeState(deps, now);
  const rules: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    dueNudges(state, now, nudgeSettings);
    rules.push(performance.now() - started);
  }

  const scanMs = median(scans.map((s) => s.ms));
  const planMs = median(plans.map((p) => p.ms));
  const peak = Math.max(...plans.map((p) => p.peak));
  const heapBefore = Math.min(...plans.map((p) => p.before));
  const nudges = plans[0]!.result.nudges as Nudge[];
  const byKind = new Map<string, number>();
  for (const n of nudges) byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
  const listed = nudges.reduce((sum, n) => sum + ('missing' in n ? n.missing : 0), 0);
  const named = nudges.reduce((sum, n) => sum + ('menteeIds' in n ? n.menteeIds.length : 0), 0);
  const ratio = planMs / scanMs;
  const met = ratio <= 3 && peak < 300 * 1_048_576;
  return [
    await machineLine('nudges', connection),
    `  program: ${fmt(options.mentees)} mentees in ${fmt(options.groups)} cohort groups (${fmt(seeded.peerMentors)} peer mentors, ${fmt(options.groups)} faculty mentors); MD/PhD group: ${fmt(seeded.mdphdMentees)} mentees, ${fmt(seeded.mdphdMentors)} peer mentors`,
    seededLine(seeded, fmt),
    `  --now ${now.toISOString()}: ${fmt(nudges.length)} nudges due (${[...byKind].map(([kind, n]) => `${kind} ${fmt(n)}`).join(', ')}; the lists count ${fmt(listed)} missing mentees across their recipients and name ${fmt(named)})`,
    `  bare scan, find().lean() over people, groups, memberships, requests, away, contacts (${fmt(scans[0]!.result)} documents): ${fmt(scanMs)} ms  [runs ${scans.map((s) => fmt(s.ms)).join(', ')}]`,
    `  nudge planning, the job's reads and rules without sending: ${fmt(planMs)} ms  [runs ${plans.map((p) => fmt(p.ms)).join(', ')}] = ${ratio.toFixed(2)} × the bare scan`,
    `    of which the rules (dueNudges on data already read): ${fmt(median(rules))} ms`,
    `  peak heap during planning: ${mb(peak)} (heap before it: ${mb(heapBefore)})`,
    `  aim (within 3 × the bare scan, under 300 MB of heap): ${met ? 'met' : 'NOT met'}`,
  ];
}
