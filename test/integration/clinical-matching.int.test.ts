import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from '../support/app-harness.js';

const ADMIN = 'U0BOOTADM1';
const CHICAGO = 'America/Chicago';
const CARL = 'U0CLP00001';
const DANA = 'U0CLP00002';
const FRAN = 'U0CLP00003';
const CLEO = 'U0CLM00001';
const ELI = 'U0CLM00002';
const GIA = 'U0CLM00003';
const USERS = [
  { id: CARL, name: 'Carl Mentor', email: 'carl@med.example', tz: CHICAGO },
  { id: DANA, name: 'Dana Mentor', email: 'dana@med.example', tz: CHICAGO },
  { id: FRAN, name: 'Fran Mentor', email: 'fran@med.example', tz: CHICAGO },
  { id: CLEO, name: 'Cleo Mentee', email: 'cleo@med.example', tz: CHICAGO },
  { id: ELI, name: 'Eli Mentee', email: 'eli@med.example', tz: CHICAGO },
  { id: GIA, name: 'Gia Mentee', email: 'gia@med.example', tz: CHICAGO },
];
const ROSTER = [
  'slack_id,name,role,year,group,track,core_done,good_standing,timezone',
  `${CARL},Carl Mentor,peer_mentor,4,,clinical,yes,yes,${CHICAGO}`,
  `${DANA},Dana Mentor,peer_mentor,4,,clinical,yes,yes,${CHICAGO}`,
  `${FRAN},Fran Mentor,peer_mentor,4,,clinical,yes,yes,${CHICAGO}`,
  `${CLEO},Cleo Mentee,mentee,3,,clinical,,,${CHICAGO}`,
  `${ELI},Eli Mentee,mentee,3,,clinical,,,${CHICAGO}`,
  `${GIA},Gia Mentee,mentee,3,,clinical,,,${CHICAGO}`,
].join('\n');
// Carl matches Cleo best (site and preceptor) but has not agreed; Dana shares the subject alone; Fran did pediatrics.
const ROTATIONS = [
  'email,kind,subject,site,preceptor,start,end',
  'carl@med.example,completed,Surgery,General Hospital,Dr. Cole,2026-03-02,2026-04-24',
  'dana@med.example,completed,surgery,City Clinic,,2026-01-05,2026-02-06',
  'fran@med.example,completed,pediatrics,,,2026-01-05,2026-02-06',
  'cleo@med.example,upcoming,surgery,general hospital,DR. COLE,2027-01-04,2027-02-26',
  'eli@med.example,upcoming,surgery,General Hospital,,2027-01-11,2027-03-05',
  'gia@med.example,upcoming,neurology,,,2027-01-04,2027-02-05',
].join('\n');
const ROTATION = { cleo: `${CLEO}|upcoming|surgery|2027-01-04`, eli: `${ELI}|upcoming|surgery|2027-01-11` };

describe('matching mentors to clinical rotations (use cases, real database, fake Slack)', () => {
  let h: AppHarness;
  const assignments = async () => h.database.connection.db!.collection('clinical_assignments').find({}).sort({ _id: 1 }).toArray();
  const groupDmPosts = () => h.slack.messages.filter((m) => h.slack.channels.get(m.channel)?.isMpim === true);

  beforeAll(async () => {
    h = await startApp({ label: 'clinical-matching', users: USERS, env: { ADMIN_USER_IDS: ADMIN, PROGRAM_TIMEZONE: CHICAGO } });
    const imported = await h.useCases.importRoster(ADMIN, { csv: ROSTER, prune: false, dryRun: false, introduce: false, now: new Date('2026-12-01T15:00:00Z') });
    expect(imported).toMatchObject({ allowed: true, result: { status: 'imported' } });
    expect(await h.useCases.importRotations(ADMIN, { csv: ROTATIONS, dryRun: false })).toMatchObject({ result: { status: 'imported' } });
    await h.useCases.acceptAgreement(DANA, new Date('2026-12-01T15:00:00Z'));
    await h.useCases.acceptAgreement(FRAN, new Date('2026-12-01T15:00:00Z'));
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('waits for the mentee’s morning: nothing is offered in their quiet hours', async () => {
    // 03:00 in Chicago; Cleo's rotation starts in 15 days.
    expect(await h.useCases.matchRotations(new Date('2026-12-20T09:00:00Z'))).toMatchObject({ offersSent: 0, offersWaitingForMorning: 1, unmatched: 1 });
    expect(h.slack.dmsTo(CLEO)).toEqual([]);
  });

  it('offers once the mentors who accepted the agreement and did the subject; a mentor who has not agreed is not suggested', async () => {
    const now = new Date('2026-12-20T15:00:00Z');
    expect(await h.useCases.matchRotations(now)).toMatchObject({ offersSent: 1, autoAssigned: 0, unmatched: 1 });
    expect(await h.useCases.matchRotations(now)).toMatchObject({ offersSent: 0 });
    const [offer] = h.slack.dmsTo(CLEO);
    expect(h.slack.dmsTo(CLEO)).toHaveLength(1);
    const blocks = JSON.stringify(offer!.blocks);
    expect(blocks).toContain(`<@${DANA}>`);
    expect(blocks).not.toContain(CARL);
    expect(blocks).not.toContain(FRAN);
    expect(blocks).toContain('Assign for me');
    // Gia's neurology: no mentor did it, so no DM; Eli's rotation is 22 days away, outside the window.
    expect(h.slack.dmsTo(GIA)).toEqual([]);
    expect(h.slack.dmsTo(ELI)).toEqual([]);
    expect(await h.useCases.findAgreements()).toHaveLength(2);
    const offers = await h.database.connection.db!.collection('clinical_offers').find({}).toArray();
    expect(offers).toEqual([{ _id: ROTATION.cleo, menteeId: CLEO, suggestedIds: [DANA], offeredAt: now }]);
  });

  it('lets only the offer’s mentee choose, and only a mentor who can take them', async () => {
    const now = new Date('2026-12-21T15:00:00Z');
    expect(await h.useCases.chooseMentor({ userId: ELI, rotationId: ROTATION.cleo, mentorId: DANA }, now)).toEqual({ status: 'not_yours' });
    const carl = await h.useCases.chooseMentor({ userId: CLEO, rotationId: ROTATION.cleo, mentorId: CARL }, now);
    expect(carl).toMatchObject({ status: 'unavailable', reason: 'not_eligible', offer: { suggestions: [expect.objectContaining({ mentorId: DANA })] } });
    expect(await h.useCases.chooseMentor({ userId: CLEO, rotationId: ROTATION.cleo, mentorId: FRAN }, now)).toMatchObject({ status: 'unavailable', reason: 'not_eligible' });
    expect(await assignments()).toEqual([]);
  });

  it('records the mentee’s choice once and introduces them once in a group DM of the mentor and the mentee', async () => {
    const now = new Date('2026-12-21T15:00:00Z');
    const [chosen, again] = await Promise.all([
      h.useCases.chooseMentor({ userId: CLEO, rotationId: ROTATION.cleo, mentorId: DANA }, now),
      h.useCases.chooseMentor({ userId: CLEO, rotationId: ROTATION.cleo, mentorId: undefined }, now),
    ]);
    expect([chosen.status, again.status].sort()).toEqual(['already', 'assigned']);
    expect(await assignments()).toEqual([{ _id: `${ROTATION.cleo}#1`, rotationId: ROTATION.cleo, step: 1, menteeId: CLEO, mentorId: DANA, assignedAt: now, chosenBy: 'mentee' }]);
    await h.slack.waitFor(() => groupDmPosts().length === 1, 3_000, 'the introduction');
    const [intro] = groupDmPosts();
    expect(h.slack.channels.get(intro!.channel)!.members.sort()).toEqual([DANA, CLEO, h.slack.bot.userId].sort());
    const text = JSON.stringify(intro!.blocks);
    for (const words of ['Surgery', 'Mon, Jan 4 – Fri, Feb 26', 'general hospital', 'DR. COLE', 'Meet before the rotation starts', 'at least 2 hours', 'What a mentor is not:* a preceptor or a professor']) {
      expect(text).toContain(words);
    }
    // A run the day before Eli's rotation enters the window: it introduces nothing again.
    expect(await h.useCases.matchRotations(new Date('2026-12-20T20:00:00Z'))).toMatchObject({ offersSent: 0, introductionsSent: 0, autoAssigned: 0 });
    expect(await h.useCases.introduceAssignments(now)).toMatchObject({ introductionsSent: 0 });
    expect(groupDmPosts()).toHaveLength(1);
  });

  it('after I agree, a mentor is suggested: Carl first for Eli (same site), then Dana', async () => {
    await h.useCases.acceptAgreement(CARL, new Date('2026-12-21T16:00:00Z'));
    expect(await h.useCases.matchRotations(new Date('2026-12-21T16:00:00Z'))).toMatchObject({ offersSent: 1 });
    const [offer] = h.slack.dmsTo(ELI);
    const blocks = JSON.stringify(offer!.blocks);
    expect(blocks.indexOf(`<@${CARL}>`)).toBeGreaterThan(-1);
    expect(blocks.indexOf(`<@${CARL}>`)).toBeLessThan(blocks.indexOf(`<@${DANA}>`));
    expect(blocks).toContain('the site (General Hospital)');
  });

  it('assigns the best-ranked mentor 3 days after the offer when the mentee has not chosen, shows it on the offer DM and introduces them once', async () => {
    expect(await h.useCases.matchRotations(new Date('2026-12-24T15:59:00Z'))).toMatchObject({ autoAssigned: 0 });
    const deadline = new Date('2026-12-24T16:00:00Z');
    expect(await h.useCases.matchRotations(deadline)).toMatchObject({ autoAssigned: 1, introductionsSent: 1 });
    expect(await h.useCases.matchRotations(deadline)).toMatchObject({ autoAssigned: 0, introductionsSent: 0 });
    expect((await assignments()).find((a) => a['rotationId'] === ROTATION.eli)).toMatchObject({ mentorId: CARL, chosenBy: 'auto', step: 1, assignedAt: deadline });
    const [offer] = h.slack.dmsTo(ELI);
    const update = h.slack.callsTo('chat.update').find((c) => c.args['ts'] === offer!.ts);
    expect(String(update?.args['text'])).toContain(`No mentor was chosen in time, so I assigned <@${CARL}>`);
    const intros = groupDmPosts().filter((m) => h.slack.channels.get(m.channel)!.members.includes(ELI));
    expect(intros).toHaveLength(1);
    expect(JSON.stringify(intros[0]!.blocks)).toContain('No mentor was chosen in time');
    // A late click is told who the mentor is.
    expect(await h.useCases.chooseMentor({ userId: ELI, rotationId: ROTATION.eli, mentorId: DANA }, deadline)).toMatchObject({ status: 'already', assigned: { mentorId: CARL, chosenBy: 'auto' } });
  });

  it('counts capacity: a full mentor is refused to a mentee who chooses them', async () => {
    const h2 = await startApp({ label: 'clinical-matching-capacity', users: USERS, env: { ADMIN_USER_IDS: ADMIN, PROGRAM_TIMEZONE: CHICAGO, CLINICAL_MENTOR_CAPACITY: '1' } });
    try {
      await h2.useCases.importRoster(ADMIN, { csv: ROSTER, prune: false, dryRun: false, introduce: false, now: new Date('2026-12-01T15:00:00Z') });
      await h2.useCases.importRotations(ADMIN, { csv: ROTATIONS, dryRun: false });
      await h2.useCases.acceptAgreement(DANA, new Date('2026-12-01T15:00:00Z'));
      await h2.useCases.matchRotations(new Date('2026-12-21T15:00:00Z'));
      expect(await h2.useCases.chooseMentor({ userId: ELI, rotationId: ROTATION.eli, mentorId: DANA }, new Date('2026-12-21T15:05:00Z'))).toMatchObject({ status: 'assigned' });
      const full = await h2.useCases.chooseMentor({ userId: CLEO, rotationId: ROTATION.cleo, mentorId: DANA }, new Date('2026-12-21T15:06:00Z'));
      expect(full).toMatchObject({ status: 'unavailable', reason: 'full', offer: { suggestions: [] } });
      expect(await h2.useCases.chooseMentor({ userId: CLEO, rotationId: ROTATION.cleo, mentorId: undefined }, new Date('2026-12-21T15:06:00Z'))).toEqual({ status: 'none_available' });
    } finally {
      await h2.stop();
    }
  });
});
