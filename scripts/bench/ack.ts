/**
 * `npm run bench -- ack [--seconds 10] [--rates 10,50,200] [--cohorts 20] [--profile DIR]`
 *
 * The full app against a bare Bolt app (scripts/bench/ack-app.ts), each in a process of its own, on the same fake
 * Slack (test/support/fake-slack, in this process) and the same database (MONGODB_URI; a database of its own, seeded
 * with `--cohorts` cohorts of two peer mentors and twelve mentees, dropped at the end). Each command is sent open loop
 * (at a fixed rate, whatever the answers) at each rate for `--seconds`, to the full app and then to the bare one,
 * signed as Slack signs it; the figures are the ack (the HTTP answer) and the time to answer: the ack for `help`, the
 * reply posted to the command's response URL for the quick check-in, the views.open for the request form. A script,
 * not a test: it prints figures for the README. `--profile DIR` writes each app's CPU profiles there, one per thread
 * under a directory of its own (`DIR/full`, `DIR/bare`; tsx's loader runs in a thread of its own, whose profile
 * would otherwise replace the app's).
 */
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createLogger } from '../../src/log/logger.js';
import { createStores } from '../../src/program/store/create-stores.js';
import { connectDatabase } from '../../src/program/store/database.js';
import { slackSignatureHeaders } from '../../test/support/actor.js';
import { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import { seedProgram, slackUsersOf, type GroupSpec, type PersonSpec, type ProgramFixture } from '../../test/support/program-fixture.js';
import { serverName } from './common.js';

const USAGE = 'usage: npm run bench -- ack [--seconds 10] [--rates 10,50,200] [--cohorts 20] [--profile DIR]';
const SIGNING_SECRET = 'bench-ack-signing-secret-0123456789';
const ZONE = 'America/Chicago';
const MENTEES_PER_COHORT = 12;
const COMMANDS = ['help', 'quick check-in', 'request form'] as const;
type Command = (typeof COMMANDS)[number];
type Mode = 'full' | 'bare';

interface Sample {
  readonly ackMs: number;
  readonly status: number;
  /** Date.now() when sent, and when the person had the answer (undefined: never, within the wait). */
  readonly sentAt: number;
  answeredAt: number | undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: readonly number[], p: number) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
};
const ms = (n: number) => (Number.isNaN(n) ? '—' : `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`);

/** `--cohorts` cohorts, each with a faculty mentor, two peer mentors and twelve mentees. */
function aBenchProgram(cohorts: number): ProgramFixture & { readonly pairs: readonly (readonly [mentor: string, mentee: string])[]; readonly mentees: readonly string[] } {
  const people: PersonSpec[] = [];
  const groups: GroupSpec[] = [];
  const pairs: [string, string][] = [];
  const mentees: string[] = [];
  for (let c = 0; c < cohorts; c += 1) {
    const id = (role: string, n: number) => `U${role}${String(c).padStart(4, '0')}${n}`.toUpperCase().slice(0, 11);
    const faculty = id('F', 0);
    const mentors = [id('P', 0), id('P', 1)];
    const own = Array.from({ length: MENTEES_PER_COHORT }, (_, i) => `UM${String(c).padStart(4, '0')}${String(i).padStart(2, '0')}`);
    people.push({ id: faculty, name: `Faculty ${c}`, roles: ['faculty'], timezone: ZONE });
    mentors.forEach((m, i) => people.push({ id: m, name: `Mentor ${c}-${i}`, roles: ['peer_mentor'], year: 3 + i, timezone: ZONE }));
    own.forEach((m, i) => people.push({ id: m, name: `Mentee ${c}-${i}`, roles: ['mentee'], year: 1 + (i % 2), timezone: ZONE }));
    groups.push({ name: `Cohort-${c}`, faculty: [faculty], mentors, mentees: own });
    own.forEach((m, i) => pairs.push([mentors[i % 2]!, m]));
    mentees.push(...own);
  }
  return { people, groups, pairs, mentees };
}

/** A place for response URLs: records when each reply arrives. */
async function startResponseSink(): Promise<{ server: Server; url: (id: string) => string; arrived: Map<string, number> }> {
  const arrived = new Map<string, number>();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      arrived.set(req.url?.slice('/r/'.length) ?? '', Date.now());
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { server, url: (id) => `http://127.0.0.1:${port}/r/${id}`, arrived };
}

/** Starts the app under test in a process of its own; resolves once it takes requests. */
async function startApp(mode: Mode, env: Record<string, string>, profileDir: string | undefined): Promise<{ child: ChildProcess; port: number; log: () => string }> {
  const profile = profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, mode)}`];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'scripts/bench/ack-app.ts', mode], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err = (err + chunk.toString('utf8')).slice(-20_000)));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /PORT (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the ${mode} app exited (status ${String(code)}):\n${err}`)));
  });
  return { child, port, log: () => err };
}

export async function runAckBench(args: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...args], allowPositionals: true, options: { seconds: { type: 'string' }, rates: { type: 'string' }, cohorts: { type: 'string' }, profile: { type: 'string' } } });
  const seconds = Number(values.seconds ?? 10);
  const rates = (values.rates ?? '10,50,200').split(',').map(Number);
  const cohorts = Number(values.cohorts ?? 20);
  if (![seconds, cohorts, ...rates].every((n) => Number.isFinite(n) && n > 0)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const uri = process.env['MONGODB_URI'];
  if (uri === undefined || uri.trim() === '') {
    process.stderr.write('Set MONGODB_URI (e.g. scripts/ferretdb.sh exec -- npm run bench -- ack): the benchmark seeds a database of its own there and drops it at the end.\n');
    return 2;
  }
  const target = new URL(uri);
  target.pathname = `/pm_bench_ack_${randomBytes(4).toString('hex')}`;
  const logger = createLogger({ level: 'warn', json: false, secrets: [] });
  const database = await connectDatabase({ uri: target.toString(), dataDir: '.data', logger });
  const program = aBenchProgram(cohorts);
  const slack = await new FakeSlack(slackUsersOf(program)).start();
  const sink = await startResponseSink();
  const apps: Partial<Record<Mode, Awaited<ReturnType<typeof startApp>>>> = {};
  try {
    await database.connection.syncIndexes();
    await seedProgram(createStores(database.connection).roster, program);
    const server = await serverName(database.connection);
    const env = {
      SLACK_BOT_TOKEN: slack.token,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      MONGODB_URI: target.toString(),
      PORT: '0',
      SCHEDULER_ENABLED: 'false',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PROGRAM_TIMEZONE: ZONE,
    };
    apps.full = await startApp('full', env, values.profile);
    apps.bare = await startApp('bare', env, values.profile);

    let seq = 0;
    /** Sends one command to an app, open loop: resolves when its answer is in (or never arrives in time). */
    const send = (mode: Mode, command: Command): { sample: Promise<Sample>; answerKey: { kind: 'ack' | 'response' | 'view'; id: string } } => {
      seq += 1;
      const i = seq;
      const [mentor, mentee] = program.pairs[i % program.pairs.length]!;
      const user = command === 'request form' ? program.mentees[i % program.mentees.length]! : mentor;
      const name = command === 'request form' ? '/mentor-request' : '/mentor-checkin';
      const text = command === 'help' ? 'help' : command === 'quick check-in' ? `<@${mentee}|mentee> call 20` : '';
      const responseId = `${mode}-${i}`;
      const triggerId = slack.newTriggerId(user);
      const body = new URLSearchParams({
        token: 'deprecated',
        team_id: slack.bot.teamId,
        team_domain: 'peer-med',
        channel_id: 'C0GENERAL',
        channel_name: 'general',
        user_id: user,
        user_name: user.toLowerCase(),
        command: name,
        text,
        api_app_id: slack.bot.appId,
        is_enterprise_install: 'false',
        response_url: sink.url(responseId),
        trigger_id: triggerId,
      }).toString();
      const sentAt = Date.now();
      const started = performance.now();
      const sample = fetch(`http://127.0.0.1:${apps[mode]!.port}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignatureHeaders(SIGNING_SECRET, body) },
        body,
      }).then(
        async (res) => {
          await res.arrayBuffer();
          const ackMs = performance.now() - started;
          return { ackMs, status: res.status, sentAt, answeredAt: command === 'help' && res.status === 200 ? sentAt + ackMs : undefined };
        },
        () => ({ ackMs: performance.now() - started, status: 0, sentAt, answeredAt: undefined }),
      );
      const answerKey = command === 'help' ? { kind: 'ack' as const, id: '' } : command === 'quick check-in' ? { kind: 'response' as const, id: responseId } : { kind: 'view' as const, id: triggerId };
      return { sample, answerKey };
    };

    /** Open loop: `rate` commands a second for `forSeconds`, then waits (up to 10 s) for every answer. */
    const load = async (mode: Mode, command: Command, rate: number, forSeconds: number): Promise<Sample[]> => {
      const sent: ReturnType<typeof send>[] = [];
      const total = Math.round(rate * forSeconds);
      const t0 = performance.now();
      for (let i = 0; i < total; i += 1) {
        const wait = t0 + (i * 1_000) / rate - performance.now();
        if (wait > 1) await sleep(wait);
        sent.push(send(mode, command));
      }
      const samples = await Promise.all(sent.map((s) => s.sample));
      const answered = () => {
        const opened = new Map(slack.calls.filter((c) => c.method === 'views.open' && c.ok).map((c) => [String(c.args['trigger_id']), c.at]));
        sent.forEach((s, i) => {
          if (s.answerKey.kind === 'response') samples[i]!.answeredAt ??= sink.arrived.get(s.answerKey.id);
          if (s.answerKey.kind === 'view') samples[i]!.answeredAt ??= opened.get(s.answerKey.id);
        });
        return samples.every((s) => s.answeredAt !== undefined || s.status !== 200);
      };
      for (const deadline = Date.now() + 10_000; !answered() && Date.now() < deadline; ) await sleep(50);
      return samples;
    };

    // Warm both apps up (JIT, connection pools), then measure each command at each rate, full then bare.
    for (const mode of ['full', 'bare'] as const) for (const command of COMMANDS) await load(mode, command, 10, 2);
    await sleep(2_000);
    const rows: { rate: number; command: Command; mode: Mode; ack50: number; ack99: number; ans50: number; ans99: number; failed: number; n: number }[] = [];
    for (const rate of rates) {
      for (const command of COMMANDS) {
        for (const mode of ['full', 'bare'] as const) {
          const samples = await load(mode, command, rate, seconds);
          const ok = samples.filter((s) => s.status === 200);
          const answers = ok.filter((s) => s.answeredAt !== undefined).map((s) => s.answeredAt! - s.sentAt);
          rows.push({
            rate,
            command,
            mode,
            n: samples.length,
            failed: samples.length - answers.length,
            ack50: percentile(ok.map((s) => s.ackMs), 0.5),
            ack99: percentile(ok.map((s) => s.ackMs), 0.99),
            ans50: percentile(answers, 0.5),
            ans99: percentile(answers, 0.99),
          });
          // Let what the app does after answering (Home redraws) settle before the next run.
          await sleep(2_000);
        }
      }
    }

    const cpus = os.cpus();
    const out: string[] = [
      `Peer Mentor benchmark: ack (Node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}; ${server}; ${cohorts} cohorts, ${program.mentees.length} mentees; ${seconds} s per run, open loop)`,
      '',
      '| rate | command | app | ack p50 | ack p99 | answer p50 | answer p99 | sent | unanswered |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map((r) => `| ${r.rate}/s | ${r.command} | ${r.mode === 'full' ? 'Peer Mentor' : 'bare Bolt'} | ${ms(r.ack50)} | ${ms(r.ack99)} | ${ms(r.ans50)} | ${ms(r.ans99)} | ${r.n} | ${r.failed} |`),
      '',
    ];
    const at = (rate: number, command: Command, mode: Mode) => rows.find((r) => r.rate === rate && r.command === command && r.mode === mode);
    if (rates.includes(50)) {
      for (const command of COMMANDS) {
        const [full, bare] = [at(50, command, 'full')!, at(50, command, 'bare')!];
        const ratio = full.ack99 / bare.ack99;
        out.push(`goal, ${command} at 50/s: ack p99 ${ms(full.ack99)} = ${ratio.toFixed(2)}× bare Bolt's ${ms(bare.ack99)} (≤ 1.5×: ${ratio <= 1.5 ? 'met' : 'NOT met'})`);
      }
      const quick = at(50, 'quick check-in', 'full')!;
      out.push(`goal, quick check-in at 50/s: time to answer p99 ${ms(quick.ans99)} (≤ 250 ms: ${quick.ans99 <= 250 && quick.failed === 0 ? 'met' : 'NOT met'})`);
    }
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } finally {
    for (const app of Object.values(apps)) {
      const exited = new Promise((resolve) => app.child.once('exit', resolve));
      app.child.kill('SIGTERM');
      await Promise.race([exited, sleep(12_000)]);
    }
    sink.server.close();
    await slack.stop();
    await database.connection.dropDatabase().catch(() => undefined);
    await database.close();
  }
}
