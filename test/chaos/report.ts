import type { ChaosFigures } from './chaos-phase.js';
import type { ChaosPlan } from './plan.js';
import type { ReferenceRun } from './reference.js';
import type { Tally } from './tally.js';

export interface ReportInput {
  readonly plan: ChaosPlan;
  readonly seed: number;
  readonly backend: string;
  readonly chaos: ChaosFigures;
  readonly chaosTally: Tally;
  readonly reference: ReferenceRun;
  readonly comparison: { readonly missing: readonly string[]; readonly extra: readonly string[] };
  readonly totalMs: number;
}

const LIST_MAX = 25;
const n = (value: number) => value.toLocaleString('en-US');
const s = (ms: number) => `${Math.round(ms / 1000)} s`;

/** The run's figures as text (and JSON), and whether "exactly once" held. */
export function report(input: ReportInput): { text: string; figures: Record<string, unknown>; passed: boolean } {
  const { plan, chaos, chaosTally, reference, comparison } = input;
  const deliveries = [...chaosTally.byId.values()].reduce((a, b) => a + b, 0);
  const duplicates = chaosTally.duplicates;
  const suffixed = chaosTally.channels.filter((name) => /-\d+$/.test(name));
  const channelsDiffer = chaosTally.channels.length !== reference.tally.channels.length || suffixed.length > 0;
  // Each check: its name, and what went wrong (undefined when it holds).
  const checks: [string, string | undefined][] = [
    ['nothing sent twice', duplicates.length > 0 ? `${duplicates.length} sent twice: ${duplicates.slice(0, LIST_MAX).map(([id, k]) => `${id} ×${k}`).join(', ')}` : undefined],
    ['nothing never sent', comparison.missing.length > 0 ? `${comparison.missing.length} never sent: ${comparison.missing.slice(0, LIST_MAX).join(', ')}` : undefined],
    ['nothing the reference did not send', comparison.extra.length > 0 ? `${comparison.extra.length} sent that the reference did not send: ${comparison.extra.slice(0, LIST_MAX).join(', ')}` : undefined],
    ['nothing left pending', chaos.calm.stuck.length > 0 ? `${chaos.calm.stuck.length} left pending that no run finishes: ${chaos.calm.stuck.slice(0, LIST_MAX).join(', ')}` : undefined],
    [
      'every acknowledged request stored',
      chaos.requestsLost.length > 0 ? `${chaos.requestsLost.length} requests for help acknowledged by an app instance but never stored (mentees ${chaos.requestsLost.slice(0, LIST_MAX).join(', ')})` : undefined,
    ],
    ['one channel per group', channelsDiffer ? `channels: ${chaosTally.channels.length} created (reference ${reference.tally.channels.length}); with a -N suffix: ${suffixed.join(', ') || 'none'}` : undefined],
  ];
  const problems = checks.flatMap(([, problem]) => (problem === undefined ? [] : [problem]));
  const faults = chaos.faults.counts;
  const onPosts = chaos.faults.onPosts;
  const kinds = [...new Set([...reference.tally.perKind.keys(), ...chaosTally.perKind.keys()])].sort();

  const lines = [
    '',
    `Chaos suite, ${plan.size.name} size (seed ${input.seed}): ${problems.length === 0 ? 'PASSED' : 'FAILED'}`,
    '',
    `program    ${n(plan.roster.people.length)} people in ${n(plan.size.cohorts)} cohorts and the MD/PhD group; ${n(plan.appRequests.length)} requests through the app, ${n(plan.reminderRequests.length)} due soon; job --now ${plan.nows.map((t) => t.slice(11, 16)).join(', ')} UTC on ${plan.nows[0]!.slice(0, 10)}`,
    `processes  3 app instances (${chaos.appKills} SIGKILLed and restarted), ${n(chaos.jobRuns)} job runs (${chaos.jobRunsKilled} SIGKILLed, ${chaos.jobRunsFailed} failed by themselves), ${chaos.importRuns} roster import(s) (${chaos.importsKilled} SIGKILLed while introducing)`,
    `database   FerretDB 1.24.2 on ${input.backend}: ${chaos.databaseRestarts} restart(s), down ${s(chaos.databaseDownMs)} in all`,
    `slack      faults injected: ${faults.burst} bursts of 429 (${n(faults.ratelimited)} calls refused), ${n(faults['server-error-before'])} 5xx before and ${n(faults['server-error-after'])} after taking the call, ${n(faults['lost-answer'])} lost answers, ${faults.hang} hangs past the timeout, ${n(faults['internal-error'])} internal_error`,
    `           on chat.postMessage: ${n(onPosts.ratelimited)} refused with 429, ${n(onPosts['server-error-before'] + onPosts['server-error-after'])} 5xx (${n(onPosts['server-error-after'])} after posting), ${n(onPosts['lost-answer'] + onPosts.hang)} answers lost after posting`,
    `requests   ${n(chaos.requestsAcked)} acknowledged by the app instances, ${chaos.requestsLost.length} never stored`,
    `time       chaos ${s(chaos.chaosMs)} (${n(chaos.postsInChaos)} posts), calm pass ${s(chaos.calmMs)} in ${chaos.calm.rounds} round(s) (${n(chaos.calm.posts)} posts), reference ${s(reference.ms)}; ${s(input.totalMs)} in all`,
    '',
    `deliveries ${n(deliveries)} posts, ${n(chaosTally.byId.size)} distinct tags (reference ${n(reference.tally.byId.size)}); ${chaosTally.untagged.length} untagged (reference ${reference.tally.untagged.length})`,
    ...kinds.map((kind) => `  ${kind.padEnd(28)} ${n(chaosTally.perKind.get(kind) ?? 0).padStart(7)}   (reference ${n(reference.tally.perKind.get(kind) ?? 0)})`),
    ...chaosTally.untagged.slice(0, LIST_MAX).map((m) => `  untagged in ${m.channel}: ${m.text.slice(0, 100).replace(/\s+/g, ' ')}`),
    `channels   ${chaosTally.channels.length} created (reference ${reference.tally.channels.length}), ${suffixed.length} with a -N suffix`,
    '',
    `sent twice ${duplicates.length}`,
    `never sent ${comparison.missing.length}`,
    ...problems.map((p) => `PROBLEM: ${p}`),
    ...duplicates.slice(0, LIST_MAX).flatMap(([id]) => [`  ${id}, its calls:`, ...(chaosTally.duplicateCalls.get(id) ?? []).map((line) => `    ${line}`)]),
    '',
    `chaos: ${checks.length - problems.length} passed, ${problems.length} failed`,
    '',
  ];
  return {
    text: lines.join('\n'),
    passed: problems.length === 0,
    figures: {
      size: plan.size.name,
      seed: input.seed,
      backend: input.backend,
      deliveries,
      distinctTags: chaosTally.byId.size,
      referenceTags: reference.tally.byId.size,
      perKind: Object.fromEntries(chaosTally.perKind),
      duplicates,
      missing: comparison.missing,
      extra: comparison.extra,
      stuck: chaos.calm.stuck,
      requestsLost: chaos.requestsLost,
      untagged: chaosTally.untagged.map((m) => ({ channel: m.channel, text: m.text.slice(0, 80) })),
      faults,
      faultsOnPosts: onPosts,
      processes: { jobRuns: chaos.jobRuns, killed: chaos.jobRunsKilled, failed: chaos.jobRunsFailed, appKills: chaos.appKills, imports: chaos.importRuns, importsKilled: chaos.importsKilled },
      database: { restarts: chaos.databaseRestarts, downMs: chaos.databaseDownMs },
      ms: { chaos: chaos.chaosMs, calm: chaos.calmMs, reference: reference.ms, total: input.totalMs },
      problems,
    },
  };
}
