import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchingStore } from '../../src/features/matching/ports.js';
import { createMatchingRepository } from '../../src/features/matching/store/matching-repository.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

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
