import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSurveyRepository } from '../../src/features/surveys/store/survey-repository.js';
import { retentionCutoff } from '../../src/program/personal-data.js';
import { startApp, type AppHarness } from '../support/app-harness.js';
import { CAST, aCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { textFieldsOf } from '../support/text-fields.js';

/**
 * Forgetting a person (issue 18): Ben (a mentee) and Omar (a mentor) are forgotten; every free-text field that holds
 * their words, or words about them, carries a canary. Afterwards no collection (read raw) and no message the fake Slack
 * still holds has one of their canaries; the controls (Ada's words, Priya's note about Ada) are all still there; the
 * reports count the same.
 */
const BEN = CAST.ben.id;
const OMAR = CAST.omar.id;
const ADA = CAST.ada.id;
const PRIYA = CAST.priya.id;
const ADMIN = CAST.admin.id;
const CHICAGO = 'America/Chicago';
// Monday 5 October 2026, 08:05 in Chicago.
const NOW = new Date('2026-10-05T13:05:00Z');

const FORGOTTEN = {
  benDescription: 'QZV-BEN-DESCRIPTION-1101',
  benSwitchDetails: 'QZV-BEN-SWITCH-DETAILS-1102',
  benAdminMessage: 'QZV-BEN-ADMIN-MESSAGE-1103',
  benGoal: 'QZV-BEN-GOAL-1104',
  benSurvey: 'QZV-BEN-SURVEY-1105',
  noteAboutBen: 'QZV-PRIYA-NOTE-ABOUT-BEN-1106',
  concernAboutBen: 'QZV-PRIYA-CONCERN-ABOUT-BEN-1107',
  omarNote: 'QZV-OMAR-NOTE-1108',
  omarAway: 'QZV-OMAR-AWAY-1109',
  omarConcern: 'QZV-OMAR-CONCERN-1110',
  benEmail: 'ben.mentee@school.example',
} as const;
const KEPT = {
  adaDescription: 'QZV-ADA-DESCRIPTION-2201',
  adaGoal: 'QZV-ADA-GOAL-2202',
  adaSurvey: 'QZV-ADA-SURVEY-2203',
  priyaNote: 'QZV-PRIYA-NOTE-ABOUT-ADA-2204',
} as const;

const program = aCohort({ ben: { email: FORGOTTEN.benEmail } });

/** The delivery's and the audit trail's own collections: keys, channel ids, zones and who did what, never a person's words. */
const PLUMBING = ['audit', 'claims', 'claim_takeovers', 'dm_channels', 'zone_checks', 'admin_channel_checks', 'dashboard_links', 'dashboard_sessions'];
/** Text fields that are ids, keys, dates, zones, Slack channels and messages, or names from the program's own lists. */
const STRUCTURE = /(^|\.)(_id|id|[a-z][A-Za-z]*(?:Ids?|Key|Ts|By)|ts|coveringFor|date|start|end|month|targetMonth|point|timezone|zone|closesOn|template|roles|tracks|track|topic|audience|level|mentorType|birthDate|adminChannel)$/;
/** Text fields that are the program's words, not a person's: kept by forgetting and by retention. */
const NOT_WORDS = [
  // The roster's group names and a pair's label (built from the rotation), as the program names them.
  'groups.name',
  'premed_pairs.name',
  'switch_requests.pair.label',
  // A training as the admins announced it; a rotation as the school's file gives it.
  'trainings.title',
  'trainings.place',
  'clinical_rotations.site',
  'clinical_rotations.preceptor',
  // A turn of the year's plan: the year it closes, whom it deactivates (ids), the groups left without a whole Pair.
  'new_year_rollovers.closes',
  'new_year_rollovers.deactivate',
  'new_year_rollovers.incomplete.groupName',
  'new_year_rollovers.incomplete.missingYears',
  // A pending import preview's author (an admin's id) and its plan's fingerprint (a hash); a proposed match's origin.
  'roster_previews.by',
  'roster_previews.fingerprint',
  'matching_proposals.source',
];

describe('a person’s record: export and forget', () => {
  let w: AppHarness;
  const raw = async () => {
    const texts: string[] = [];
    for (const { name } of await w.database.connection.db!.listCollections().toArray()) {
      const docs = await w.database.connection.db!.collection(name).find({}).toArray();
      texts.push(`${name}: ${JSON.stringify(docs)}`);
    }
    return texts.join('\n');
  };
  /** What the fake Slack still holds in its channels (ephemeral answers are not kept by Slack; uploads are files, not messages). */
  const slackMessages = () => JSON.stringify(w.slack.messages.filter((m) => m.ephemeralUser === undefined));
  const exportCounts = async () => {
    const counts: Record<string, number> = {};
    // The audit trail grows with every export and forget (they are what it records): it is not one of the program's reports.
    for (const kind of w.useCases.exportKinds().filter((k) => k !== 'audit')) {
      const outcome = await w.useCases.buildExport('cli:test', { kind, from: '2026-08', to: '2026-12', ...(kind === 'survey' ? { id: 'named' } : {}) }, NOW);
      counts[kind] = outcome.ok ? outcome.file.rows : -1;
    }
    return counts;
  };
  const compliance = async () => {
    const outcome = await w.useCases.buildExport('cli:test', { kind: 'compliance', from: '2026-08', to: '2026-12' }, NOW);
    return outcome.ok ? outcome.file.csv : '';
  };
  /** The faculty mentor's and the admin's overviews (what the digests are built from), names put aside. */
  const overviews = async (names: Readonly<Record<string, string>>) => {
    let text = JSON.stringify(await Promise.all([CAST.okafor.id, ADMIN].map((u) => w.useCases.readHome(u, NOW))));
    for (const [from, to] of Object.entries(names)) text = text.split(from).join(to);
    return text;
  };

  beforeAll(async () => {
    w = await startApp({ label: 'person', users: [...slackUsersOf(program), CAST.admin], env: { PROGRAM_TIMEZONE: CHICAGO, ADMIN_USER_IDS: ADMIN } });
    const { stores } = w;
    const groups = await seedProgram(stores.roster, program);
    const blue = groups.get('Blue-Okafor')!;
    // Requests as /mentor-request sends them: a card with the description in the group DM with the mentors.
    for (const [mentee, description, view] of [[BEN, FORGOTTEN.benDescription, 'VBEN'], [ADA, KEPT.adaDescription, 'VADA']] as const) {
      const sent = await w.useCases.submitRequest({ menteeId: mentee, viewId: view, topic: 'study_tips', urgency: 'routine', reach: 'slack', audience: 'cohort', description }, NOW);
      if (sent.kind !== 'sent') throw new Error(`the request was not sent: ${sent.kind}`);
    }
    // Ben's switch request, as /mentor-switch sends it (a card with the details to each admin), declined with a message.
    const asked = await w.useCases.submitSwitch({ actorId: BEN, menteeId: BEN, viewId: 'VSWBEN', reason: 'personal', details: FORGOTTEN.benSwitchDetails, preferredGroupId: undefined }, NOW);
    if (asked.kind !== 'sent') throw new Error('the switch request was not sent');
    await stores.switches.markDecided(asked.request.id, { status: 'declined', by: ADMIN, at: NOW, adminMessage: FORGOTTEN.benAdminMessage });
    const contact = (mentorId: string, menteeId: string, note: string, date: string) =>
      stores.contacts.record({ mentorId, menteeIds: [menteeId], at: new Date(`${date}T15:00:00Z`), date, kind: 'video', group: false, minutes: 30, note, source: 'logged', sourceKey: `person:${mentorId}:${menteeId}:${date}`, createdAt: new Date(`${date}T15:00:00Z`) });
    await contact(PRIYA, BEN, FORGOTTEN.noteAboutBen, '2026-10-01');
    await contact(OMAR, ADA, FORGOTTEN.omarNote, '2026-10-02');
    await contact(PRIYA, ADA, KEPT.priyaNote, '2026-09-20');
    await stores.away.create({ mentorId: OMAR, start: '2026-10-07', end: '2026-10-09', timezone: CHICAGO, note: FORGOTTEN.omarAway, tellMentees: false, createdAt: NOW, sourceKey: 'person:away' });
    await stores.pulses.recordAnswer({ menteeId: BEN, month: '2026-10', score: 1, answeredAt: new Date('2026-10-01T17:00:00Z') });
    await w.useCases.saveGoals(BEN, [{ id: undefined, words: FORGOTTEN.benGoal, category: 'research', targetMonth: '2027-03' }], NOW);
    await w.useCases.saveGoals(ADA, [{ id: undefined, words: KEPT.adaGoal, category: 'clinical', targetMonth: '2027-03' }], NOW);
    for (const [actorId, menteeId, note, key] of [[PRIYA, BEN, FORGOTTEN.concernAboutBen, 'c1'], [OMAR, ADA, FORGOTTEN.omarConcern, 'c2']] as const) {
      const raised = await w.useCases.raiseConcern({ actorId, menteeId, category: 'wellbeing', note, sourceKey: `person:${key}`, now: NOW });
      if (!raised.ok) throw new Error('the concern was not raised');
    }
    const surveys = createSurveyRepository(w.database.connection);
    await surveys.createSurvey({ id: 'named', template: 'mentee_semester', audience: { roles: ['mentee'], tracks: [] }, anonymous: false, closesOn: '2026-10-20', launchedBy: ADMIN, launchedAt: NOW }, 'person:named');
    for (const [who, text] of [[BEN, FORGOTTEN.benSurvey], [ADA, KEPT.adaSurvey]] as const) {
      await surveys.recordAnswer(who, { surveyId: 'named', date: '2026-10-02', groupId: blue.id, userId: who, scores: [5, 4, 3, 2], text });
    }
  });
  afterAll(async () => {
    await w?.stop();
  });

  it('covers every text field of every collection: a person’s words are declared by the store that keeps them', () => {
    const declared = new Set<string>();
    const collections = new Set<string>();
    for (const data of w.useCases.personalData()) {
      for (const [collection, fields] of [...Object.entries(data.freeText), ...Object.entries(data.forgotten ?? {})]) {
        collections.add(collection);
        for (const field of fields) declared.add(`${collection}.${field}`);
      }
    }
    const uncovered: string[] = [];
    for (const [collection, fields] of textFieldsOf(w.database.connection)) {
      if (PLUMBING.includes(collection)) continue;
      if (!collections.has(collection)) uncovered.push(`${collection} (no store declares it)`);
      for (const field of fields) {
        const name = `${collection}.${field}`;
        if (!declared.has(name) && !NOT_WORDS.includes(name) && !STRUCTURE.test(field)) uncovered.push(name);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it('holds every canary before (so that the walks below could find them)', async () => {
    const stored = await raw();
    for (const [kind, canary] of Object.entries({ ...FORGOTTEN, ...KEPT })) expect(stored.includes(canary), kind).toBe(true);
    const posted = slackMessages();
    for (const canary of [FORGOTTEN.benDescription, FORGOTTEN.benSwitchDetails, KEPT.adaDescription]) expect(posted).toContain(canary);
  });

  it('sums up what is held and exports it all as JSON, recorded in the audit trail', async () => {
    const summary = await w.useCases.summarizePerson(BEN);
    // The request's card in the group DM with the mentors, and the switch request's card in the admin's DM.
    expect(summary).toMatchObject({ personId: BEN, name: 'Ben Mentee', messages: 2 });
    expect(summary.counts).toMatchObject({ profile: 1, memberships: 1, 'requests made': 1, 'contacts with them': 1, 'pulse answers': 1, 'switch requests': 1, goals: 1, 'concerns about them': 1, 'survey answers': 1 });
    expect(await w.useCases.findPerson({ kind: 'email', email: FORGOTTEN.benEmail })).toBe(BEN);
    const file = await w.useCases.exportPerson('cli:tester', BEN, NOW);
    const json = JSON.parse(file.json) as { person: string; records: Record<string, unknown[]> };
    expect(json.person).toBe(BEN);
    for (const canary of [FORGOTTEN.benDescription, FORGOTTEN.benSwitchDetails, FORGOTTEN.benAdminMessage, FORGOTTEN.benGoal, FORGOTTEN.benSurvey]) expect(file.json).toContain(canary);
    // Notes are their authors': Ben's record has the contact and the concern about him, not what Priya wrote.
    expect(file.json).not.toContain(FORGOTTEN.noteAboutBen);
    expect(file.json).not.toContain(FORGOTTEN.concernAboutBen);
    expect(file.json).not.toContain(KEPT.adaDescription);
    const audit = await w.stores.audit.findBetween(new Date(0), new Date('2100-01-01'));
    expect(audit).toContainEqual(expect.objectContaining({ actor: 'cli:tester', action: 'person-export', subject: BEN }));
  });

  it('forgets: 0 canaries in any collection or remaining Slack message, the controls kept, the reports’ counts unchanged; again changes nothing', async () => {
    const countsBefore = await exportCounts();
    const complianceBefore = await compliance();
    // The names change, and Ben's erased pulse score no longer counts as low (his answer still counts as answered).
    const overviewsBefore = await overviews({ 'Ben Mentee': 'Former participant #1', 'Omar Fourth': 'Former participant #2', '"answered":1,"low":1': '"answered":1,"low":0' });
    // The first run dies half-way: Slack fails a delete. Nothing is lost; the second run finishes.
    w.slack.failNext('chat.delete', { kind: 'error', error: 'internal_error' }, 1, (args) => args['ts'] !== undefined);
    await expect(w.useCases.forgetPerson(ADMIN, BEN, NOW)).rejects.toThrow();
    const ben = await w.useCases.forgetPerson(ADMIN, BEN, NOW);
    expect(ben.messagesDeleted).toBeGreaterThanOrEqual(2);
    const omar = await w.useCases.forgetPerson(ADMIN, OMAR, NOW);
    expect(omar.recordsChanged).toBeGreaterThan(0);

    const stored = await raw();
    const posted = slackMessages();
    for (const [kind, canary] of Object.entries(FORGOTTEN)) {
      expect(stored.split('\n').filter((c) => c.includes(canary)).map((c) => c.slice(0, 400)), `${kind} in the database`).toEqual([]);
      expect(posted.includes(canary), `${kind} in Slack`).toBe(false);
    }
    for (const [kind, canary] of Object.entries(KEPT)) expect(stored.includes(canary), kind).toBe(true);
    expect(posted).toContain(KEPT.adaDescription);
    expect((await w.stores.roster.findPeople([BEN, OMAR])).map((p) => [p.id, p.name, p.email])).toEqual(
      expect.arrayContaining([
        [BEN, 'Former participant #1', undefined],
        [OMAR, 'Former participant #2', undefined],
      ]),
    );
    expect(await w.stores.pulses.findAnswer(BEN, '2026-10')).toMatchObject({ score: undefined });

    expect(await exportCounts()).toEqual(countsBefore);
    expect(await compliance()).toBe(complianceBefore.split('Ben Mentee').join('Former participant #1').split('Omar Fourth').join('Former participant #2'));
    expect(await overviews({})).toBe(overviewsBefore);

    // Again: nothing left to change or delete; the same numbers.
    expect(await w.useCases.forgetPerson(ADMIN, BEN, NOW)).toEqual({ messagesDeleted: 0, recordsChanged: 0 });
    expect((await w.stores.roster.findPeople([BEN]))[0]?.name).toBe('Former participant #1');
    const audit = await w.stores.audit.findBetween(new Date(0), new Date('2100-01-01'));
    expect(audit.filter((e) => e.action === 'person-forget').map((e) => [e.actor, e.subject])).toEqual([
      [ADMIN, BEN],
      [ADMIN, OMAR],
      [ADMIN, BEN],
    ]);
  });
});

describe('retention: free text older than RETENTION_MONTHS is blanked by each record’s own date, counts remain', () => {
  const OLD = 'QZV-OLD-TEXT-3301';
  const NEW = 'QZV-NEW-TEXT-3302';
  // RETENTION_MONTHS=6: on 5 April 2027 the cutoff is 5 October 2026, 13:05 UTC.
  const NOW_LATER = new Date('2027-04-05T13:05:00Z');
  const JUST_BEFORE = new Date('2026-10-05T13:04:00Z');
  const JUST_AFTER = new Date('2026-10-05T13:06:00Z');
  let w: AppHarness;
  beforeAll(async () => {
    w = await startApp({ label: 'retention', users: [...slackUsersOf(program), CAST.admin], env: { PROGRAM_TIMEZONE: CHICAGO, ADMIN_USER_IDS: ADMIN, RETENTION_MONTHS: '6' } });
    const { stores } = w;
    const groups = await seedProgram(stores.roster, program);
    const blue = groups.get('Blue-Okafor')!;
    for (const [at, words] of [[JUST_BEFORE, OLD], [JUST_AFTER, NEW]] as const) {
      const tag = words === OLD ? 'old' : 'new';
      await stores.requests.create({ menteeId: BEN, topic: 'study_tips', urgency: 'routine', reach: 'slack', description: words, audience: 'cohort', mentorIds: [PRIYA, OMAR], routedTo: 'mentors', coveringFor: [], deadline: new Date(at.getTime() + 86_400_000), createdAt: at, sourceKey: `ret:${tag}` });
      await stores.contacts.record({ mentorId: PRIYA, menteeIds: [BEN], at, date: at.toISOString().slice(0, 10), kind: 'call', group: false, minutes: 10, note: words, source: 'logged', sourceKey: `ret:c:${tag}`, createdAt: at });
      await stores.away.create({ mentorId: OMAR, start: '2026-10-07', end: '2026-10-09', timezone: CHICAGO, note: words, tellMentees: false, createdAt: at, sourceKey: `ret:a:${tag}` });
      await stores.switches.create({ menteeId: tag === 'old' ? BEN : ADA, requestedBy: tag === 'old' ? BEN : ADA, requesterRole: 'mentee', subject: 'group', fromGroupId: blue.id, reason: 'personal', details: words, preferredGroupId: undefined, createdAt: at, sourceKey: `ret:s:${tag}` });
      await w.database.connection.collection('concerns').insertOne({ _id: `ret-${tag}` as never, mentorId: PRIYA, menteeId: BEN, category: 'wellbeing', note: words, date: at.toISOString().slice(0, 10), createdAt: at, sourceKey: `ret:k:${tag}` });
      await w.database.connection.collection('goals').insertOne({ _id: (tag === 'old' ? BEN : ADA) as never, goals: [{ id: 'g1', words, category: 'research', targetMonth: '2027-03' }], updatedAt: at });
      await w.database.connection.collection('survey_answers').insertOne({ _id: `ret-${tag}` as never, surveyId: 's1', date: tag === 'old' ? '2026-10-04' : '2026-10-05', scores: [3], text: words });
    }
  });
  afterAll(async () => {
    await w?.stop();
  });

  it('computes the cutoff from now, month by month (clamped to a shorter month’s end)', () => {
    expect(retentionCutoff(NOW_LATER, 6).toISOString()).toBe('2026-10-05T13:05:00.000Z');
    expect(retentionCutoff(new Date('2027-03-31T00:00:00Z'), 1).toISOString()).toBe('2027-02-28T00:00:00.000Z');
    expect(retentionCutoff(new Date('2026-12-02T00:00:00Z'), 24).toISOString()).toBe('2024-12-02T00:00:00.000Z');
  });

  it('blanks the old free text and nothing newer; every record stays', async () => {
    const countAll = async () => {
      const counts: Record<string, number> = {};
      for (const name of ['requests', 'contacts', 'away', 'switch_requests', 'concerns', 'goals', 'survey_answers']) counts[name] = await w.database.connection.collection(name).countDocuments();
      return counts;
    };
    const before = await countAll();
    const summary = await w.jobs.get('retention')!.run(NOW_LATER, w.logger);
    expect(summary).toEqual({ blanked: 7 });
    const texts: string[] = [];
    for (const name of Object.keys(before)) texts.push(JSON.stringify(await w.database.connection.collection(name).find({}).toArray()));
    const all = texts.join('\n');
    expect(all).not.toContain(OLD);
    expect(all.split(NEW).length - 1).toBe(7);
    expect(await countAll()).toEqual(before);
    // Again: nothing more to blank.
    expect(await w.jobs.get('retention')!.run(NOW_LATER, w.logger)).toEqual({ blanked: 0 });
  });
});
