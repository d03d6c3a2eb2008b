import { createHash } from 'node:crypto';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateInZone } from '../../src/program/calendar-date.js';
import { actorsOf, type As } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { launchChromium, SCREENSHOT_DIR } from '../support/browser.js';
import { commandAnswer } from '../support/command-answer.js';
import { CAST, aCohort, aProgram, aSecondCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';

const CHICAGO = 'America/Chicago';
const { admin: ADMIN, okafor: OKAFOR, ada: ADA, priya: PRIYA } = CAST;
const PROGRAM = { ...aProgram(aCohort(), aSecondCohort()), slackOnly: [ADMIN] };
// Quiet hours off: the commands happen at the machine's real time, whatever hour that is in Chicago.
const ENV = { ADMIN_USER_IDS: ADMIN.id, PROGRAM_TIMEZONE: CHICAGO, QUIET_HOURS: 'off' };
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Months past, so that the charts have something to draw: contacts in earlier months, and requests answered early and late. */
async function seedHistory(app: ServedApp, now: Date): Promise<void> {
  const earlier = [35, 40, 66, 70, 95].map((days) => new Date(now.getTime() - days * DAY_MS));
  for (const [i, at] of earlier.entries()) {
    const [mentorId, menteeId] = i % 2 === 0 ? [PRIYA.id, ADA.id] : [CAST.pat.id, CAST.dee.id];
    await app.stores.contacts.record({ mentorId, menteeIds: [menteeId], at, date: dateInZone(at, CHICAGO), kind: i === 2 ? 'in_person' : 'slack', group: false, minutes: 20, note: undefined, source: 'logged', sourceKey: `e2e-history-${i}`, createdAt: at });
  }
  const answeredAfterHours = [3, 30, 5, 12, 50, 2, 8, 20];
  for (const [i, hours] of answeredAfterHours.entries()) {
    const createdAt = new Date(now.getTime() - (i * 11 + 2) * DAY_MS);
    const menteeId = [ADA.id, CAST.ben.id, CAST.dee.id][i % 3]!;
    const mentorIds = menteeId === CAST.dee.id ? [CAST.pat.id] : [PRIYA.id, CAST.omar.id];
    const { request } = await app.stores.requests.create({ ...requestBase(menteeId, mentorIds), createdAt, deadline: new Date(createdAt.getTime() + 24 * HOUR_MS), sourceKey: `e2e-request-${i}` });
    await app.stores.requests.markResponded(request.id, mentorIds[0]!, new Date(createdAt.getTime() + hours * HOUR_MS));
  }
}

const requestBase = (menteeId: string, mentorIds: readonly string[]) => ({
  menteeId,
  topic: 'study_tips',
  urgency: 'routine' as const,
  reach: 'slack' as const,
  description: 'A request seeded for the dashboard',
  audience: 'cohort' as const,
  mentorIds: [...mentorIds],
  routedTo: 'mentors' as const,
  coveringFor: [],
});
const LINK = /https?:\/\/[^\s|>]+\/dashboard\/sign-in\?token=[\w%-]+/;

// In a real headless Chromium (Debian's, driven by playwright-core): the link by DM, the sign-in, the charts, what a
// Faculty Mentor sees, and what is refused. The tests run in order on one app and one browser.
describe('the dashboard in a browser: a one-time link by DM, the charts, each reader’s scope, and refusals', () => {
  let app: ServedApp;
  let as: As;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let page: Page;
  let adminLink: string;

  /** Asks for a link as `userId` through the signed command, and returns it on the app's real port. */
  const requestLink = async (userId: string): Promise<string> => {
    const before = app.slack.dmsTo(userId).length;
    const answer = await commandAnswer(app.slack, () => as(userId).command('/mentor-admin', 'dashboard'));
    expect(answer.text).toContain('sent you a sign-in link by DM');
    const dm = await app.slack.waitFor(() => app.slack.dmsTo(userId).slice(before).find((m) => LINK.test(m.text)), 5_000, 'the sign-in link DM');
    const url = new URL(LINK.exec(dm.text)![0]);
    return `${app.baseUrl}${url.pathname}${url.search}`;
  };
  const signIn = async (link: string) => {
    await page.goto(link);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState('load');
  };
  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    app = await startApp({ label: 'dashboard-e2e', served: true, users: slackUsersOf(PROGRAM), env: ENV });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
    const now = new Date();
    await app.stores.contacts.record({ mentorId: PRIYA.id, menteeIds: [ADA.id], at: now, date: dateInZone(now, CHICAGO), kind: 'video', group: false, minutes: 30, note: undefined, source: 'logged', sourceKey: 'e2e-contact-1', createdAt: now });
    await app.stores.pulses.recordAnswer({ menteeId: ADA.id, month: dateInZone(now, CHICAGO).slice(0, 7), score: 4, answeredAt: now });
    await seedHistory(app, now);
    chromium = await launchChromium();
    context = chromium.context;
    page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
  });

  it('sends an admin a link through the signed command; opening it signs them in and the charts are drawn', async () => {
    adminLink = await requestLink(ADMIN.id);
    await signIn(adminLink);
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    const [cookie] = await context.cookies(`${app.baseUrl}/dashboard`);
    expect(cookie).toMatchObject({ name: 'pm_dashboard', path: '/dashboard', httpOnly: true, sameSite: 'Lax', secure: false });
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(11.9 * 3_600_000);
    expect(cookie!.expires * 1000 - Date.now()).toBeLessThanOrEqual(12 * 3_600_000);
    await expect(page.locator('h1').textContent()).resolves.toBe('The whole program');
    const charts = page.locator('svg.chart[role="img"]');
    expect(await charts.count()).toBeGreaterThanOrEqual(8);
    // Drawn: the heatmap has a cell per group and month, with the groups named.
    const heatmap = page.locator('#communication-by-month svg');
    await expect(heatmap.locator('text', { hasText: 'Blue-Okafor' }).count()).resolves.toBe(1);
    await expect(heatmap.locator('text', { hasText: 'Green-Adeyemi' }).count()).resolves.toBe(1);
    expect(await heatmap.locator('rect').count()).toBe(12);
    const box = await heatmap.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    // Ada was met this month: her cohort's cell this month says 50% (one of two mentees).
    await expect(heatmap.locator('g title', { hasText: `Blue-Okafor, ${dateInZone(new Date(), CHICAGO).slice(0, 7)}: 50%` }).count()).resolves.toBe(1);
    await shot('dashboard-admin');
    // The top of the page, as the README shows it (docs/dashboard.png is a copy of it).
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'dashboard-admin-top.png'), fullPage: true, clip: { x: 0, y: 0, width: 1000, height: 1750 } });

    // The table view opens from the keyboard, without any script of the page's own.
    await page.locator('#communication-by-month summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#communication-by-month table').isVisible()).resolves.toBe(true);
    expect(await page.locator('script').count()).toBe(0);

    const csv = await page.request.get(`${app.baseUrl}/dashboard/csv/communication-by-month.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).replace(/^\uFEFF/, '').split('\r\n')[0] ?? (await csv.text())).toMatch(/^group,month,mentees,communicated,percent/);

    const entries = await app.stores.audit.findBetween(new Date(Date.now() - 3_600_000), new Date(Date.now() + 60_000));
    expect(entries.filter((e) => e.action === 'dashboard-sign-in').map((e) => e.actor)).toEqual([ADMIN.id]);
  });

  it('marks the cookie Secure behind a proxy that says the request came over HTTPS', async () => {
    const token = new URL((await requestLink(ADMIN.id))).searchParams.get('token')!;
    const signedIn = await fetch(`${app.baseUrl}/dashboard/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-proto': 'https' },
      body: new URLSearchParams({ token }).toString(),
      redirect: 'manual',
    });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/dashboard');
    expect(signedIn.headers.get('set-cookie')).toMatch(/^pm_dashboard=[\w-]+; Path=\/dashboard; Max-Age=43200; HttpOnly; SameSite=Lax; Secure$/);
  });

  it('refuses a used link, an expired link and a forged cookie', async () => {
    await signIn(adminLink);
    await expect(page.locator('main').textContent()).resolves.toContain('has been used already');

    // A link sent eleven minutes ago (stored as the app stores them: the token's hash).
    const token = 'expired-token-for-the-e2e-test';
    await app.database.connection.db!.collection('dashboard_links').insertOne({ _id: createHash('sha256').update(token).digest('hex') as never, userId: ADMIN.id, issuedAt: new Date(Date.now() - 11 * 60_000) });
    await signIn(`${app.baseUrl}/dashboard/sign-in?token=${token}`);
    await expect(page.locator('main').textContent()).resolves.toContain('has expired');
    await shot('dashboard-expired-link');

    await context.clearCookies();
    await context.addCookies([{ name: 'pm_dashboard', value: 'forged-session-id', url: app.baseUrl }]);
    const forged = await page.goto(`${app.baseUrl}/dashboard`);
    expect(forged!.status()).toBe(401);
    await expect(page.locator('h1').textContent()).resolves.toBe('Please sign in');
    expect((await page.request.get(`${app.baseUrl}/dashboard/csv/pulse.csv`)).status()).toBe(401);
  });

  it('shows a Faculty Mentor their own cohort only', async () => {
    await context.clearCookies();
    await signIn(await requestLink(OKAFOR.id));
    await expect(page.locator('h1').textContent()).resolves.toBe('Your cohort: Blue-Okafor');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Blue-Okafor');
    expect(text).not.toContain('Green-Adeyemi');
    expect(text).not.toContain(CAST.pat.name);
    const csv = await (await page.request.get(`${app.baseUrl}/dashboard/csv/meeting-this-semester.csv`)).text();
    expect(csv).toContain('Blue-Okafor');
    expect(csv).not.toContain('Green-Adeyemi');
    await shot('dashboard-faculty');
  });

  it('tells anyone else there is nothing for them, and sends no link', async () => {
    const answer = await commandAnswer(app.slack, () => as(ADA).command('/mentor-admin', 'dashboard'));
    expect(answer.text).toContain('You hold none of these roles now');
    expect(app.slack.dmsTo(ADA.id).filter((m) => LINK.test(m.text))).toHaveLength(0);
  });
});
