import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNING_SECRET } from '../support/actor.js';
import { uniqueDatabaseUri } from '../support/database.js';
import { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import { aRosterFile } from '../support/program-fixture.js';
import { runCliProcess } from '../support/run-cli-process.js';
import { createClaimRepository } from '../../src/delivery/store/claim-repository.js';
import { createLogger } from '../../src/log/logger.js';
import { connectDatabase } from '../../src/program/store/database.js';
import { createRosterRepository } from '../../src/program/store/roster-repository.js';
import { formatInZone } from '../../src/slack/format-time.js';

describe('npm run import-roster (the command line, as a process)', () => {
  const roster = aRosterFile({ cohorts: ['Blue-Okafor', 'Green-Adeyemi', 'Gold-Nakamura'] });
  let slack: FakeSlack;
  let dir: string;
  let env: Record<string, string>;
  const importRoster = (...args: string[]) => runCliProcess('src/cli/import-roster.ts', args, env);
  beforeAll(async () => {
    slack = await new FakeSlack(roster.users).start();
    dir = await mkdtemp(path.join(tmpdir(), 'pm-roster-'));
    await writeFile(path.join(dir, 'roster.csv'), roster.csv);
    const lines = roster.csv.trimEnd().split('\r\n');
    lines[4] = lines[4]!.replace(/,[12],Blue-Okafor,/, ',3,Blue-Okafor,');
    lines.push('"Ghost, Casper",mentee,,ghost@med.example,1,Blue-Okafor,no,');
    await writeFile(path.join(dir, 'bad.csv'), lines.join('\n'));
    env = {
      SLACK_BOT_TOKEN: slack.token,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      MONGODB_URI: uniqueDatabaseUri('cli'),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
    };
  });
  afterAll(async () => {
    await slack?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('refuses a bad file: every bad row on standard error, exit status 1, nothing written', async () => {
    const run = await importRoster(path.join(dir, 'bad.csv'));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('bad.csv: 2 problems; nothing was imported.');
    expect(run.stderr).toMatch(/ {2}line 5, column year: mentees are first- or second-year students \(year 1 or 2\), not year 3\n/);
    expect(run.stderr).toMatch(new RegExp(` {2}line ${roster.people.length + 2}, column email: no one in this Slack workspace uses ghost@med.example`));
    expect(slack.callsTo('conversations.create')).toEqual([]);
  });

  it('prints what a dry run would do, and writes nothing (nor did the refused file: everyone is still to create)', async () => {
    const run = await importRoster(path.join(dir, 'roster.csv'), '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('nothing was written');
    expect(run.stdout).toContain(`People: ${roster.people.length} created, 0 updated, 0 unchanged, 0 deactivated.`);
    expect(run.stdout).toContain('Groups: 4 created, 0 changed');
    // The same preview as the import form's: each kind counted, the first 20 listed by name, then how many more.
    expect(run.stdout).toContain(`People to add: ${roster.people.length}\n  - Dr Adeyemi\n`);
    expect(run.stdout).toContain(`  …and ${roster.people.length - 20} more\nPeople to change: 0\nPeople to deactivate: 0\nMemberships to open: `);
    expect(run.stdout).toContain('Memberships to move: 0\nMemberships to end: 0');
    expect(run.stdout).not.toContain('Introductions');
    expect(slack.callsTo('conversations.create')).toEqual([]);
  });

  it('imports, then introduces every group, and says so; the same file again changes and sends nothing', async () => {
    const run = await importRoster(path.join(dir, 'roster.csv'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`People: ${roster.people.length} created, 0 updated, 0 unchanged, 0 deactivated.`);
    expect(run.stdout).toContain('Groups: 4 created, 0 changed');
    expect(run.stdout).toMatch(/Introductions, run after the import: 4 channels created, 4 introductions posted, \d+ welcome DMs sent/);
    expect(slack.callsTo('conversations.create')).toHaveLength(4);
    const sent = slack.callsTo('chat.postMessage').length;

    const again = await importRoster(path.join(dir, 'roster.csv'));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`People: 0 created, 0 updated, ${roster.people.length} unchanged, 0 deactivated.`);
    expect(again.stdout).toContain('Introductions, run after the import: 0 channels created, 0 introductions posted, 0 welcome DMs sent');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(sent);

    const job = await runCliProcess('src/cli/run-job.ts', ['introductions', '--now', '2026-09-01T09:00:00Z'], env);
    expect(job.code).toBe(0);
    expect(job.stdout).toContain('introductions as of 2026-09-01T09:00:00.000Z: groups 4, channelsCreated 0');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(sent);
  });

  it('refuses while another import runs, saying who started it and when (exit status 1), and imports nothing', async () => {
    // An admin's import in Slack holds the lock on the same database.
    const db = await connectDatabase({ uri: env['MONGODB_URI']!, dataDir: '.data', logger: createLogger({ level: 'error', json: true, secrets: [] }) });
    const claims = createClaimRepository(db.connection);
    const coordinator = roster.people.find((p) => p.role === 'admin')!;
    const lease = await claims.claim('roster-import', { holder: { by: coordinator.id } });
    try {
      expect(lease).toBeDefined();
      const since = (await claims.find('roster-import'))!.claimedAt;
      const posts = slack.callsTo('chat.postMessage').length;
      await writeFile(path.join(dir, 'renamed.csv'), roster.csv.replace('Mentee 1-1', 'Renamed Mentee'));
      const run = await importRoster(path.join(dir, 'renamed.csv'));
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `${path.join(dir, 'renamed.csv')}: an import is already running (started ${formatInZone(since, 'UTC')} by Pat Coordinator (${coordinator.id})), so nothing was imported. Try again when it has finished.\n`,
      );
      expect(slack.callsTo('chat.postMessage')).toHaveLength(posts);
      expect((await createRosterRepository(db.connection).findPeople()).some((p) => p.name === 'Renamed Mentee')).toBe(false);
    } finally {
      if (lease !== undefined) await claims.drop(lease);
      await db.close();
    }
  });

  it('explains how to call it', async () => {
    const run = await importRoster();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run import-roster -- <file.csv> [--dry-run] [--prune]');
    const missing = await importRoster(path.join(dir, 'nope.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });
});
