import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LOCK_KEY, IMPORT_LOCK_LEASE_MS } from '../../src/features/roster/import-lock.js';
import { createClaimRepository } from '../../src/delivery/store/claim-repository.js';
import { importRoster, type ImportOutcome, type ImportRosterDeps, type ImportRosterInput } from '../../src/features/roster/import-roster.js';
import type { RosterStore, SlackDirectory } from '../../src/program/ports.js';
import { createSlackDirectory } from '../../src/program/slack/slack-directory.js';
import { aRosterFile } from '../support/program-fixture.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

const ADMIN = 'U0BOOTADM1';
const T1 = new Date('2026-08-03T14:00:00Z');
const input: ImportRosterInput = { csv: '', prune: false, dryRun: false, introduce: false, now: T1 };

/** A Slack directory that answers only once the test opens it, so an import can be held in the middle. */
function heldDirectory(inner: SlackDirectory): { readonly directory: SlackDirectory; open(): void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    open,
    directory: {
      findByEmails: async (emails) => opened.then(() => inner.findByEmails(emails)),
      findByIds: async (ids) => opened.then(() => inner.findByIds(ids)),
    },
  };
}

describe('one roster import at a time (the lock, real database, fake Slack)', () => {
  const roster = aRosterFile();
  const csv = roster.csv;
  const coordinator = roster.people.find((p) => p.role === 'admin')!;
  let h: AppHarness;
  let deps: (directory: SlackDirectory, store?: RosterStore) => ImportRosterDeps;
  beforeAll(async () => {
    h = await startApp({ label: 'importlock', users: roster.users, env: { ADMIN_USER_IDS: ADMIN } });
    deps = (directory, store = h.stores.roster) => ({
      roster: store,
      claims: h.stores.claims,
      programTimezone: h.config.programTimezone,
      directory,
      logger: h.logger,
      runIntroductions: () => Promise.reject(new Error('no introductions here')),
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('refuses the second of two imports started at once, saying who started the first and when; one open membership per person and group', async () => {
    const held = heldDirectory(createSlackDirectory(h.messenger.client));
    // The admin in Slack and the command line, with the same file. Whichever takes the lock waits on Slack's directory.
    const imports = [importRoster(deps(held.directory), { ...input, csv }, ADMIN), importRoster(deps(held.directory), { ...input, csv }, undefined)];
    const first = await Promise.race(imports);
    const lock = await h.stores.claims.find(IMPORT_LOCK_KEY);
    held.open();
    const outcomes = await Promise.all(imports);

    const refused = outcomes.find((o) => o.status === 'already_running');
    expect(first).toBe(refused);
    const winner = outcomes.indexOf(outcomes.find((o) => o.status === 'imported')!);
    expect(winner).toBeGreaterThanOrEqual(0);
    if (refused?.status !== 'already_running') throw new Error('one import is refused');
    expect(refused.by).toBe(winner === 0 ? ADMIN : undefined);
    expect(lock).toMatchObject({ holder: { by: winner === 0 ? ADMIN : 'command line' } });
    expect(refused.since).toEqual(lock!.claimedAt);
    expect(refused.zone).toBe(h.config.programTimezone);

    const open = await h.stores.roster.findMemberships({ current: true });
    const perKey = new Map<string, number>();
    for (const m of open) perKey.set(`${m.personId}:${m.groupId}:${m.role}`, (perKey.get(`${m.personId}:${m.groupId}:${m.role}`) ?? 0) + 1);
    expect([...perKey.values()].every((n) => n === 1)).toBe(true);
    expect(open).toHaveLength([...roster.groups.values()].reduce((n, ids) => n + ids.length, 0));
    // The lock is let go: the next import runs (and changes nothing).
    expect(await h.stores.claims.find(IMPORT_LOCK_KEY)).toBeUndefined();
    const again = await h.useCases.importRoster(ADMIN, { ...input, csv });
    expect(again).toMatchObject({ allowed: true, result: { status: 'imported', summary: { membershipsOpened: 0, membershipsClosed: 0 } } });
  });

  it('refuses an import while another instance’s import holds the lock: who (by name for the command line) and when, in the reader’s zone; nothing changes', async () => {
    const lease = await h.stores.claims.claim(IMPORT_LOCK_KEY, { holder: { by: coordinator.id } });
    expect(lease).toBeDefined();
    const since = (await h.stores.claims.find(IMPORT_LOCK_KEY))!.claimedAt;
    const lookups = h.slack.calls.length;
    try {
      const fromSlack = await h.useCases.importRoster(ADMIN, { ...input, csv: csv.replace('Mentee 1-1', 'Renamed Mentee') });
      expect(fromSlack).toEqual({
        allowed: true,
        result: { status: 'already_running', since, by: coordinator.id, byName: 'Pat Coordinator', zone: h.config.programTimezone },
      });
      const reader = roster.users.find((u) => u.id === coordinator.id)!;
      const fromCoordinator = await h.useCases.importRoster(coordinator.id, { ...input, csv });
      expect(fromCoordinator).toMatchObject({ result: { status: 'already_running', zone: reader.tz } });
      expect((await h.stores.roster.findPeople()).some((p) => p.name === 'Renamed Mentee')).toBe(false);
      expect(h.slack.calls.length).toBe(lookups);
      // A dry run writes nothing: it neither waits for the lock nor is refused.
      expect(await h.useCases.importRoster(undefined, { ...input, csv, dryRun: true })).toMatchObject({ result: { status: 'dry_run' } });
    } finally {
      await h.stores.claims.drop(lease!);
    }
    expect(await h.useCases.importRoster(ADMIN, { ...input, csv })).toMatchObject({ result: { status: 'imported' } });
  });

  it('lets go of the lock when an import fails half-way', async () => {
    const failing: RosterStore = { ...h.stores.roster, savePeople: () => Promise.reject(new Error('the database went away')) };
    const renamed = csv.replace('Mentee 1-1', 'Renamed Mentee');
    await expect(importRoster(deps(createSlackDirectory(h.messenger.client), failing), { ...input, csv: renamed }, ADMIN)).rejects.toThrow('the database went away');
    expect(await h.stores.claims.find(IMPORT_LOCK_KEY)).toBeUndefined();
    const outcome: ImportOutcome = await importRoster(deps(createSlackDirectory(h.messenger.client)), { ...input, csv: renamed }, ADMIN);
    expect(outcome).toMatchObject({ status: 'imported', summary: { peopleUpdated: 1 } });
  });

  it('takes over the lock of an import whose process died, a minute later at most', async () => {
    // Another instance took the lock and died in the middle (its import waits on Slack for ever, its renewals stop).
    const dead = createClaimRepository(h.database.connection, { clock: () => new Date() });
    void importRoster({ ...deps(heldDirectory(createSlackDirectory(h.messenger.client)).directory), claims: dead }, { ...input, csv }, undefined);
    await expect.poll(() => h.stores.claims.find(IMPORT_LOCK_KEY)).toBeDefined();
    const renamed = csv.replace('Mentee 1-1', 'Taken-over Mentee');
    expect(await h.useCases.importRoster(ADMIN, { ...input, csv: renamed })).toMatchObject({ result: { status: 'already_running', by: undefined } });
    h.stores.clock.advance(IMPORT_LOCK_LEASE_MS + 1_000);
    expect(await h.useCases.importRoster(ADMIN, { ...input, csv: renamed })).toMatchObject({ result: { status: 'imported', summary: { peopleUpdated: 1 } } });
  });
});
