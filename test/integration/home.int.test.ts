import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestSubmission } from '../../src/features/requests/request-help.js';
import type { FormEntry } from '../../src/features/contacts/log-contact.js';
import { CAST, seedProgram, slackUsersOf, type PersonSpec } from '../support/program-fixture.js';
import { startApp, type AppHarness } from '../support/app-harness.js';
import { offlineContext } from '../support/offline-features.js';
import type { Feature } from '../../src/features/feature.js';
import { createHomeFeature } from '../../src/features/home/index.js';
import { createFeatures } from '../../src/features/index.js';
import { buildHomeView } from '../../src/features/home/slack/home-view.js';
import type { CohortDigest } from '../../src/program/overview/build-digest.js';
import type { ProgramDigest } from '../../src/program/overview/build-program-digest.js';
import { createAdminPolicy } from '../../src/program/policy.js';
import type { HomeSectionSource } from '../../src/slack/home-section.js';
import { REDRAW_SPACING_MS } from '../../src/features/contacts/slack/home-redraws.js';

const CHICAGO = 'America/Chicago';
const ADMIN = CAST.admin.id;
const NOW = new Date('2026-10-05T15:00:00Z');

const people: PersonSpec[] = [
  { id: 'U0FACULTY1', name: 'Dr. Okafor', roles: ['faculty', 'admin'], timezone: CHICAGO },
  { id: 'U0FACULTY2', name: 'Dr. Adeyemi', roles: ['faculty'] },
  { id: 'U0MENTOR03', name: 'Priya Third', roles: ['peer_mentor'], timezone: CHICAGO },
  { id: 'U0MENTOR04', name: 'Omar Fourth', roles: ['peer_mentor'], timezone: 'America/New_York' },
  { id: 'U0MDPHDP01', name: 'Lena Mdphd', roles: ['peer_mentor'], mdphd: true },
  { id: 'U0MENTEE01', name: 'Ada Mentee', roles: ['mentee'], mdphd: true },
  { id: 'U0MENTEE02', name: 'Ben Mentee', roles: ['mentee'] },
  { id: 'U0MENTEE09', name: 'Gone Mentee', roles: ['mentee'], active: false },
  { id: 'U0OUTSIDE1', name: 'Not In Program', roles: [] },
];

type View = { blocks: { type: string; text?: { text: string }; elements?: { action_id?: string }[] }[] };
const headers = (view: View) => view.blocks.filter((b) => b.type === 'header').map((b) => b.text!.text);

describe('Home tabs (use cases on the real stores, Slack through the fake)', () => {
  let w: AppHarness;
  const services = () => w.useCases;
  const published = (user: string) => (w.slack.homeViews.get(user) ?? []) as View[];

  beforeAll(async () => {
    w = await startApp({ label: 'home', users: [...slackUsersOf({ people }), CAST.admin], env: { PROGRAM_TIMEZONE: CHICAGO, ADMIN_USER_IDS: ADMIN } });
    await seedProgram(w.stores.roster, {
      people,
      groups: [
        { name: 'Blue-Okafor', mentees: ['U0MENTEE01', 'U0MENTEE02', 'U0MENTEE09'], mentors: ['U0MENTOR03', 'U0MENTOR04'], faculty: ['U0FACULTY1'] },
        { name: 'MD-PhD', kind: 'mdphd', mentees: ['U0MENTEE01'], mentors: ['U0MDPHDP01'] },
        { name: 'Green-Adeyemi', mentees: [], mentors: [], faculty: ['U0FACULTY2'] },
      ],
    });
  });
  afterAll(async () => {
    await w?.stop();
  });

  it('gives each person a section per role they hold, and none to someone the program does not know', async () => {
    const roles = async (user: string) => (await services().readHome(user, NOW)).sections.map((s) => s.kind);
    // Mentees and mentors also get the goals' sections (their own goals; their mentees'); Faculty Mentors and admins the
    // surveys' (drawn only when there is a survey to show).
    expect(await roles('U0MENTEE01')).toEqual(['mentee', 'mentee']);
    expect(await roles('U0MENTOR03')).toEqual(['mentor', 'mentor']);
    expect(await roles('U0MDPHDP01')).toEqual(['mentor', 'mentor']);
    expect(await roles('U0FACULTY2')).toEqual(['faculty', 'faculty', 'faculty']);
    // A roster admin who is also a faculty mentor; an admin from ADMIN_USER_IDS who is not in the roster. Admins' sections:
    // the program, trainings (drawn once a required training has been held), surveys and the dashboard's button (a Faculty
    // Mentor's is among the faculty sections).
    expect(await roles('U0FACULTY1')).toEqual(['faculty', 'faculty', 'admin', 'admin', 'admin', 'admin']);
    expect(await roles(ADMIN)).toEqual(['admin', 'admin', 'admin', 'admin']);
    expect(await roles('U0OUTSIDE1')).toEqual([]);
    expect(await roles('U0MENTEE09')).toEqual([]);
    expect(await roles('U0NOBODY99')).toEqual([]);
    const outsider = await services().readHome('U0OUTSIDE1', NOW);
    // Whom to contact: the configured admins and the roster's (Dr. Okafor is an admin in the roster).
    expect(outsider.adminIds).toEqual([ADMIN, 'U0FACULTY1']);
  });

  it('reads only the person’s own cohort for a faculty mentor, the whole program for an admin', async () => {
    const faculty = await services().readHome('U0FACULTY2', NOW);
    const section = faculty.sections[0]!;
    if (section.kind !== 'faculty') throw new Error('expected the faculty section');
    const cohort = section.content as CohortDigest;
    expect(cohort.groups.map((g) => g.name)).toEqual(['Green-Adeyemi']);
    expect(cohort.mentees).toEqual([]);
    const admin = await services().readHome(ADMIN, NOW);
    const program = admin.sections[0]!;
    if (program.kind !== 'admin') throw new Error('expected the admin section');
    const digest = program.content as ProgramDigest;
    expect(digest.groups.map((g) => g.name)).toEqual(['Blue-Okafor', 'Green-Adeyemi', 'MD-PhD']);
    expect(digest.totals.mentees).toBe(2);
  });

  it('shows a section a new feature contributes, in its place by role, with no change to Home', async () => {
    // A stand-in capability's section for Faculty Mentors, contributed after every feature of the list.
    const goals: HomeSectionSource<{ readonly mentees: number }> = {
      role: 'faculty',
      scope: (roles) => (roles.facultyGroups.length > 0 ? roles.facultyGroups : undefined),
      build: (state, roles) => ({
        mentees: state.memberships.filter((m) => m.role === 'mentee' && roles.facultyGroups.includes(m.groupId) && state.people.get(m.personId)?.active === true).length,
      }),
      draw: (content) => [{ type: 'header', text: { type: 'plain_text', text: `Cohort goals: ${content.mentees} mentees` } }],
    };
    // The list's features on this test's database (some sections read their feature's own store, e.g. the surveys').
    const listed = createFeatures({ ...offlineContext({ exportTables: () => [], homeSections: () => [] }), database: w.database, stores: w.stores, claims: w.stores.claims });
    const contributed = Object.values(listed).flatMap((f: Feature) => f.homeSections ?? []);
    const home = createHomeFeature({
      ...offlineContext({ exportTables: () => [], homeSections: () => [...contributed, goals] }),
      config: w.config,
      stores: w.stores,
      admins: createAdminPolicy(w.config.adminUserIds, w.stores.roster),
    });
    const faculty = await home.useCases.readHome('U0FACULTY1', NOW);
    expect(faculty.sections.map((s) => s.kind)).toEqual(['faculty', 'faculty', 'faculty', 'admin', 'admin', 'admin', 'admin']);
    expect(headers(buildHomeView(faculty) as View)).toEqual(['Your cohort: Blue-Okafor', 'Cohort goals: 2 mentees', 'The program']);
    // Someone who does not hold its role does not get it.
    expect((await home.useCases.readHome(ADMIN, NOW)).sections.map((s) => s.kind)).toEqual(['admin', 'admin', 'admin', 'admin']);
  });

  it('redraws the Home tabs of a request’s mentee and mentors when it is sent, taken, answered and closed', async () => {
    const submission: RequestSubmission = {
      menteeId: 'U0MENTEE01',
      viewId: 'VHOME1',
      topic: 'research',
      urgency: 'routine',
      reach: 'slack',
      audience: 'cohort',
      description: 'How do I find a research lab?',
    };
    const sent = await services().submitRequest(submission, NOW);
    if (sent.kind !== 'sent') throw new Error('expected the request to be sent');
    const everyone = ['U0MENTEE01', 'U0MENTOR03', 'U0MENTOR04'];
    const counts = () => everyone.map((id) => published(id).length);
    expect(counts()).toEqual([1, 1, 1]);
    const menteeHome = JSON.stringify(published('U0MENTEE01').at(-1));
    expect(menteeHome).toContain('Research — waiting for a mentor; reply due by');
    expect(menteeHome).not.toContain('research lab');
    expect(JSON.stringify(published('U0MENTOR04').at(-1))).toContain('<@U0MENTEE01> — Research; reply by');

    await services().actOnRequest({ requestId: sent.request.id, actorId: 'U0MENTOR03', action: 'claim' }, NOW);
    expect(counts()).toEqual([2, 2, 2]);
    expect(JSON.stringify(published('U0MENTEE01').at(-1))).toContain('a mentor is on it');
    // A refused click changes nothing and redraws nothing.
    await services().actOnRequest({ requestId: sent.request.id, actorId: 'U0MENTOR04', action: 'claim' }, NOW);
    expect(counts()).toEqual([2, 2, 2]);

    const fresh = (await w.stores.requests.find(sent.request.id))!;
    const [seconds] = fresh.messageTs!.split('.');
    await services().noteConversationMessage(
      { eventId: 'EvHOME1', channelId: fresh.channelId!, userId: 'U0MENTOR04', ts: `${Number(seconds) + 60}.000100`, threadTs: undefined },
      NOW,
    );
    expect(counts()).toEqual([3, 3, 3]);
    expect(JSON.stringify(published('U0MENTOR03').at(-1))).toContain('No request is waiting on you.');

    await services().actOnRequest({ requestId: sent.request.id, actorId: 'U0MENTEE01', action: 'close_helped' }, NOW);
    expect(counts()).toEqual([4, 4, 4]);
    expect(JSON.stringify(published('U0MENTEE01').at(-1))).toContain('You have no open requests.');
    expect(published('U0MENTEE02')).toEqual([]);
  });

  it('redraws a mentor’s Home after a contact logged in a form opened from it; one logged elsewhere, and an Undo, are drawn when they next open it', async () => {
    const before = published('U0MENTOR03').length;
    const entry: FormEntry = {
      actorId: 'U0MENTOR03',
      menteeIds: ['U0MENTEE02'],
      kind: 'video',
      group: false,
      date: '2026-10-05',
      minutes: 30,
      note: 'Talked about exams',
      source: 'logged',
      sourceKey: 'view:VHOME2',
      prompt: undefined,
      homeOnScreen: true,
      now: NOW,
    };
    const logged = await services().logContact(entry);
    if (!logged.ok) throw new Error('expected the contact to be logged');
    // The form's answer does not wait for the Home tab.
    await expect.poll(() => published('U0MENTOR03').length).toBe(before + 1);
    const home = JSON.stringify(published('U0MENTOR03').at(-1));
    expect(home).toContain('<@U0MENTEE02> — :white_check_mark: in touch Mon 5 Oct 2026 (<@U0MENTOR03>)');
    expect(home).not.toContain('Talked about exams');
    // The same form again stores nothing new, and redraws nothing. Undo is clicked in a message, and the one-line
    // check-in is typed outside the Home tab: neither redraws a Home nobody is looking at, even once the spacing
    // between a person's redraws has passed.
    await services().logContact(entry);
    await services().undoContact('U0MENTOR03', logged.contact.id, NOW);
    const quick = await services().logQuickCheckin({ actorId: 'U0MENTOR03', text: '<@U0MENTEE02|ben> call 15', sourceKey: 'command:THOME1', now: NOW });
    expect(quick.ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, REDRAW_SPACING_MS + 500));
    expect(published('U0MENTOR03').length).toBe(before + 1);
    // Opening the tab draws all of it.
    expect(JSON.stringify(buildHomeView(await services().readHome('U0MENTOR03', NOW)))).toContain('<@U0MENTEE02> — :white_check_mark: in touch Mon 5 Oct 2026 (<@U0MENTOR03>)');
  });

  it('never lets a Home tab that cannot be redrawn break the use case: the failure is logged', async () => {
    w.slack.failNext('views.publish', { kind: 'error', error: 'internal_error' }, 3);
    const sent = await services().submitRequest(
      { menteeId: 'U0MENTEE02', viewId: 'VHOME3', topic: 'other', urgency: 'routine', reach: 'email', audience: 'cohort', description: 'Something' },
      NOW,
    );
    expect(sent.kind).toBe('sent');
    expect(w.logs.filter((l) => l.message === 'home tab not refreshed').map((l) => l['user'])).toEqual(['U0MENTEE02', 'U0MENTOR03', 'U0MENTOR04']);
    expect(JSON.stringify(w.logs)).not.toContain('Something');
  });

  it('publishes a Home view with the role’s header and buttons', () => {
    const refreshed = published('U0MENTOR04').at(-1)!;
    expect(headers(refreshed)).toEqual(['Your mentees']);
    expect(refreshed.blocks.flatMap((b) => b.elements ?? []).map((e) => e.action_id).filter(Boolean)).toEqual(['home_log_contact', 'home_time_away']);
  });
});
