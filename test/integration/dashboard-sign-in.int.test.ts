import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from '../support/app-harness.js';
import { CAST, aCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';

const { admin: ADMIN, okafor: OKAFOR, ada: ADA } = CAST;
const PROGRAM = { ...aCohort(), slackOnly: [ADMIN] };
const ENV = { ADMIN_USER_IDS: ADMIN.id, PROGRAM_TIMEZONE: 'America/Chicago', QUIET_HOURS: 'off', PUBLIC_URL: 'https://mentor.example.edu/' };
const NOW = new Date('2026-10-05T13:00:00Z');
const TOKEN = /https:\/\/mentor\.example\.edu\/dashboard\/sign-in\?token=([\w-]+)/;

// Two app instances on one database: a link opens one session, whichever instance it reaches first.
describe('dashboard sign-in on the real stores: one-time links, sessions, the audit trail', () => {
  let one: AppHarness;
  let two: AppHarness;

  const linkFor = async (userId: string, now: Date): Promise<string> => {
    const before = one.slack.dmsTo(userId).length;
    expect(await one.useCases.requestDashboardLink(userId, now)).toEqual({ allowed: true, sent: true });
    const dm = one.slack.dmsTo(userId).slice(before).find((m) => TOKEN.test(m.text));
    return TOKEN.exec(dm!.text)![1]!;
  };

  beforeAll(async () => {
    one = await startApp({ label: 'dashboard-sign-in', users: slackUsersOf(PROGRAM), env: ENV });
    two = await startApp({ label: 'dashboard-sign-in', mongoUri: one.mongoUri, users: slackUsersOf(PROGRAM), env: ENV });
    await seedProgram(one.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await two?.stop();
    await one?.stop();
  });

  it('sends the link by DM at PUBLIC_URL, storing only the token’s hash', async () => {
    const token = await linkFor(ADMIN.id, NOW);
    const stored = await one.database.connection.db!.collection('dashboard_links').find({}).toArray();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored[0]).toMatchObject({ userId: ADMIN.id, issuedAt: NOW });
  });

  it('opens one session per link, even when two instances take it at the same moment; the sign-in is audited once', async () => {
    const token = await linkFor(OKAFOR.id, NOW);
    const outcomes = await Promise.all([one.useCases.redeemDashboardLink(token, NOW), two.useCases.redeemDashboardLink(token, NOW)]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.find((o) => !o.ok)).toEqual({ ok: false, refusal: 'used' });
    const opened = outcomes.find((o) => o.ok)!;
    if (!opened.ok) throw new Error('expected a session');
    expect(await two.useCases.dashboardReader(opened.sessionId, new Date(NOW.getTime() + 11 * 3_600_000))).toBe(OKAFOR.id);
    expect(await two.useCases.dashboardReader(opened.sessionId, new Date(NOW.getTime() + 12 * 3_600_000))).toBeUndefined();
    expect(await one.useCases.dashboardReader('forged', NOW)).toBeUndefined();
    const audit = await one.stores.audit.findBetween(NOW, new Date(NOW.getTime() + 1));
    expect(audit).toEqual([expect.objectContaining({ at: NOW, actor: OKAFOR.id, action: 'dashboard-sign-in' })]);
    // The session's id is not stored either: only its hash.
    expect(JSON.stringify(await one.database.connection.db!.collection('dashboard_sessions').find({}).toArray())).not.toContain(opened.sessionId);
  });

  it('refuses a link past its ten minutes, and one never sent', async () => {
    const token = await linkFor(ADMIN.id, NOW);
    expect(await one.useCases.redeemDashboardLink(token, new Date(NOW.getTime() + 10 * 60_000 + 1))).toEqual({ ok: false, refusal: 'expired' });
    expect(await one.useCases.redeemDashboardLink('never-sent', NOW)).toEqual({ ok: false, refusal: 'unknown' });
  });

  it('ends a session on sign-out', async () => {
    const opened = await one.useCases.redeemDashboardLink(await linkFor(ADMIN.id, NOW), NOW);
    if (!opened.ok) throw new Error('expected a session');
    await two.useCases.endDashboardSession(opened.sessionId);
    expect(await one.useCases.dashboardReader(opened.sessionId, NOW)).toBeUndefined();
  });

  it('sends no link to someone with nothing to see', async () => {
    expect(await one.useCases.requestDashboardLink(ADA.id, NOW)).toEqual({ allowed: false });
    expect(one.slack.dmsTo(ADA.id)).toHaveLength(0);
  });
});
