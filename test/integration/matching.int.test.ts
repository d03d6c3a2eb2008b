import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchingStore } from '../../src/features/matching/ports.js';
import { createMatchingRepository } from '../../src/features/matching/store/matching-repository.js';
import { createMatchingUseCases, type MatchingUseCases } from '../../src/features/matching/use-cases.js';
import { createAdminPolicy } from '../../src/program/policy.js';
import { startApp, type AppHarness } from '../support/app-harness.js';
import { seedProgram } from '../support/program-fixture.js';

const AT = new Date('2026-08-01T15:00:00Z');
const answers = { specialties: ['Pediatrics'], region: undefined, background: undefined, hobbies: ['Running'], hobbiesText: undefined, contact: 'E-mail', learningCommunity: 'blue', mdphd: false, mentors: ['U0P1'] };

describe('the matching store on a real database', () => {
  let app: AppHarness<{ served?: false; recording?: false }>;
  let store: MatchingStore;
  const raw = (collection: string) => app.database.connection.db!.collection(collection).find({}).toArray();

  beforeAll(async () => {
    app = await startApp({ label: 'matching-store' });
    store = createMatchingRepository(app.database.connection);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('opens a round once however many admins open it at the same time', async () => {
    const opened = await Promise.all([1, 2, 3].map((i) => store.openRound({ number: 1, startedAt: AT, startedBy: `U0ADMIN${i}` })));
    expect(opened.filter((o) => o.created)).toHaveLength(1);
    expect(new Set(opened.map((o) => o.round.startedBy)).size).toBe(1);
    expect(await raw('matching_rounds')).toHaveLength(1);
    expect((await store.findLatestRound())?.id).toBe('round-1');
    await store.markRoundApplied('round-1', AT);
    await store.markRoundApplied('round-1', new Date('2026-09-01T00:00:00Z'));
    expect((await store.findRound('round-1'))?.appliedAt).toEqual(AT);
  });

  it('keeps one form per round and person, the last sent, without empty optional fields', async () => {
    await store.saveAnswers({ roundId: 'round-2', userId: 'U0ADA', answers, updatedAt: AT });
    await store.saveAnswers({ roundId: 'round-2', userId: 'U0ADA', answers: { ...answers, background: 'mine', mentors: [] }, updatedAt: new Date('2026-08-02T00:00:00Z') });
    const stored = await store.findAnswers('round-2');
    expect(stored).toEqual([{ roundId: 'round-2', userId: 'U0ADA', updatedAt: new Date('2026-08-02T00:00:00Z'), answers: { ...answers, background: 'mine', mentors: [] } }]);
    const [doc] = await raw('matching_answers');
    expect(Object.keys(doc!)).not.toContain('region');
    expect(await store.findAnswers('round-2', ['U0BEN'])).toEqual([]);
  });

  it('stores a proposal as previewed and marks it applied', async () => {
    await store.saveProposal({ id: 'p1', roundId: 'round-2', createdAt: AT, createdBy: 'U0ADMIN1', source: 'imported', assignments: [{ menteeId: 'U0ADA', groupId: 'G1' }], appliedAt: undefined });
    await store.markProposalApplied('p1', AT);
    expect(await store.findProposal('p1')).toEqual({ id: 'p1', roundId: 'round-2', createdAt: AT, createdBy: 'U0ADMIN1', source: 'imported', assignments: [{ menteeId: 'U0ADA', groupId: 'G1' }], appliedAt: AT });
    expect(await store.findProposal('nope')).toBeUndefined();
  });
});

describe('applying a match on a real database', () => {
  let app: AppHarness<{ served?: false; recording?: false }>;
  let useCases: MatchingUseCases;
  const introductionsRun: Date[] = [];
  const PROGRAM = {
    people: [
      { id: 'U0AP000ADA', name: 'Ada', roles: ['mentee' as const], year: 1 },
      { id: 'U0AP000BEN', name: 'Ben', roles: ['mentee' as const], year: 1 },
      { id: 'U0AP000PRI', name: 'Priya', roles: ['peer_mentor' as const], year: 3 },
      { id: 'U0AP000GUS', name: 'Gus', roles: ['peer_mentor' as const], year: 3 },
    ],
    groups: [
      { name: 'Blue-Okafor', mentors: ['U0AP000PRI'] },
      { name: 'Green-Adeyemi', mentors: ['U0AP000GUS'] },
    ],
  };

  beforeAll(async () => {
    app = await startApp({ label: 'matching-apply' });
    await seedProgram(app.stores.roster, PROGRAM);
    const unused = () => Promise.reject(new Error('not sent in this test'));
    useCases = createMatchingUseCases({
      ...app.stores,
      logger: app.logger,
      admins: createAdminPolicy(['U0ADMIN001'], app.stores.roster),
      matching: createMatchingRepository(app.database.connection),
      sender: { sendInvitation: unused, sendReminder: unused, sendMatchFile: unused },
      uploads: { readText: unused },
      quietHours: app.config.quietHours,
      programTimezone: app.config.programTimezone,
      introduce: async (now) => {
        introductionsRun.push(now);
        return {};
      },
    });
    await createMatchingRepository(app.database.connection).openRound({ number: 1, startedAt: AT, startedBy: 'U0ADMIN001' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const preview = async () => {
    const shown = await useCases.previewMatch('U0ADMIN001', AT);
    if (shown.status !== 'preview') throw new Error(`expected a preview, got ${shown.status}`);
    return shown.proposal;
  };

  it('refuses a preview made before the roster changed, and applies a fresh one once (finishing one that stopped half-way)', async () => {
    const groups = new Map((await app.stores.roster.findGroups()).map((g) => [g.name, g.id]));
    const stale = await preview();
    // Ben found a group elsewhere meanwhile (not the one the preview gives him).
    const bens = stale.assignments.find((a) => a.menteeId === 'U0AP000BEN')!;
    const other = [...groups.values()].find((id) => id !== bens.groupId)!;
    await app.stores.roster.openMemberships([{ groupId: other, personId: 'U0AP000BEN', role: 'mentee' }], AT);
    expect(await useCases.applyMatch('U0ADMIN001', stale.id, AT)).toEqual({ status: 'stale' });
    expect(await useCases.applyMatch('U0AP000ADA', stale.id, AT)).toEqual({ status: 'not_allowed' });

    const fresh = await preview();
    expect(fresh.assignments.map((a) => a.menteeId)).toEqual(['U0AP000ADA']);
    // An apply that stopped after opening Ada's membership: the next one finishes it.
    await app.stores.roster.openMemberships([{ groupId: fresh.assignments[0]!.groupId, personId: 'U0AP000ADA', role: 'mentee' }], AT);
    expect(await useCases.applyMatch('U0ADMIN001', fresh.id, AT)).toMatchObject({ status: 'applied', memberships: 1, groups: 1 });
    expect(await useCases.applyMatch('U0ADMIN001', fresh.id, AT)).toMatchObject({ status: 'round_applied' });
    expect(await app.stores.roster.findMemberships({ current: true, personIds: ['U0AP000ADA'] })).toHaveLength(1);
    expect(introductionsRun).toHaveLength(1);
    expect(await useCases.previewMatch('U0ADMIN001', AT)).toMatchObject({ status: 'round_applied' });
  });
});
