import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsOf, chosen, type As, type StateValues } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { commandAnswer } from '../support/command-answer.js';
import { seedProgram, slackUsersOf, type ProgramFixture } from '../support/program-fixture.js';
import { runCliProcess, envFor, runJobCli } from '../support/run-cli-process.js';

/** A fixed-offset zone where the local hour is now about `hour` (Etc/GMT-N is UTC+N). */
function zoneAt(hour: number): string {
  let offset = (((hour - new Date().getUTCHours()) % 24) + 24) % 24;
  if (offset > 14) offset -= 24;
  return offset === 0 ? 'Etc/GMT' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}
/** About noon now: the command's sends are never in their quiet hours. */
const NOON_ZONE = zoneAt(12);
const ADMIN = { id: 'U0MQADMIN1', name: 'Bea Coordinator', tz: NOON_ZONE };
const person = (id: string, name: string, role: 'mentee' | 'peer_mentor' | 'faculty', extra: { mdphd?: boolean } = {}) => ({ id, name, roles: [role], year: role === 'mentee' ? 1 : role === 'peer_mentor' ? 3 : undefined, timezone: NOON_ZONE, ...extra });
const ADA = person('U0MQMEE001', 'Ada New', 'mentee');
const BEN = person('U0MQMEE002', 'Ben New', 'mentee');
const CY = person('U0MQMEE003', 'Cy New', 'mentee');
const DEV = person('U0MQMEE004', 'Dev New', 'mentee');
/** About 2 in the morning now: inside the default quiet hours (21:00–08:00). */
const EVE = { ...person('U0MQMEE006', 'Eve Night', 'mentee'), timezone: zoneAt(2) };
const PLACED = person('U0MQMEE005', 'Pia Placed', 'mentee');
const FULL = Array.from({ length: 15 }, (_, i) => person(`U0MQFUL${String(i).padStart(3, '0')}`, `Full ${i}`, 'mentee'));
const PRIYA = person('U0MQMEN001', 'Priya Third', 'peer_mentor');
const GUS = person('U0MQMEN002', 'Gus Green', 'peer_mentor');
const FAY = person('U0MQMEN003', 'Fay Full', 'peer_mentor');
const OKAFOR = person('U0MQFAC001', 'Dr. Okafor', 'faculty');
const ADEYEMI = person('U0MQFAC002', 'Dr. Adeyemi', 'faculty');
const PROGRAM: ProgramFixture = {
  people: [ADA, BEN, CY, DEV, EVE, PLACED, ...FULL, PRIYA, GUS, FAY, OKAFOR, ADEYEMI],
  groups: [
    { name: 'Blue-Okafor', faculty: [OKAFOR.id], mentors: [PRIYA.id], mentees: [PLACED.id] },
    { name: 'Green-Adeyemi', faculty: [ADEYEMI.id], mentors: [GUS.id], mentees: [] },
    { name: 'Gold-Full', mentors: [FAY.id], mentees: FULL.map((m) => m.id) },
  ],
  at: new Date('2025-08-01T00:00:00Z'),
};
const ENV = { ADMIN_USER_IDS: ADMIN.id };
const PRIVATE = 'ZQX-MATCH-PRIVATE-8812 first in my family';

const many = (values: string[]) => ({ type: 'multi_static_select', selected_options: values.map((value) => ({ text: { type: 'plain_text', text: value }, value })) });
const form = (v: { specialties?: string[]; hobbies?: string[]; hobbiesText?: string; background?: string; contact?: string; community?: string; mdphd?: string; mentors?: string[] }): StateValues => ({
  matching_specialties: { matching_input: many(v.specialties ?? []) },
  matching_region: { matching_input: { type: 'static_select', selected_option: null } },
  matching_background: { matching_input: { type: 'plain_text_input', value: v.background ?? null } },
  matching_hobbies: { matching_input: many(v.hobbies ?? []) },
  matching_hobbies_text: { matching_input: { type: 'plain_text_input', value: v.hobbiesText ?? null } },
  matching_contact: { matching_input: v.contact === undefined ? { type: 'static_select', selected_option: null } : chosen('static_select', v.contact) },
  matching_community: { matching_input: v.community === undefined ? { type: 'static_select', selected_option: null } : chosen('static_select', v.community) },
  matching_mdphd: { matching_input: v.mdphd === undefined ? { type: 'radio_buttons', selected_option: null } : chosen('radio_buttons', v.mdphd) },
  ...(v.mentors === undefined ? {} : { matching_mentors: { matching_input: { type: 'multi_users_select', selected_users: v.mentors } } }),
});

describe('questionnaire matching end to end: questionnaires once, answered and changed; a match previewed, edited, applied', () => {
  let app: ServedApp;
  let as: As;
  const invitations = (user: string) => app.slack.dmsTo(user).filter((m) => m.text.startsWith('Peer Mentor is forming its mentor families'));
  const reminders = (user: string) => app.slack.dmsTo(user).filter((m) => m.text.startsWith('A reminder: the mentor-family questionnaire'));
  const answers = () => app.database.connection.db!.collection('matching_answers').find({}).toArray();
  const openForm = async (user: string) => {
    const before = app.slack.callsTo('views.open').length;
    await as(user).click('matching_open', 'round-1', { message: invitations(user)[0] });
    return JSON.stringify((await app.slack.waitForCall('views.open', () => true, 3_000, before + 1)).args['view']);
  };
  const answer = async (user: string, values: StateValues) => {
    expect(await openForm(user)).toContain('"callback_id":"matching_answer"');
    return as(user).submit('matching_answer', values);
  };
  const previewOf = async () => {
    const shown = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', 'match'));
    return { text: shown.text, json: JSON.stringify(shown.body), proposal: /"action_id":"matching_apply","value":"([^"]+)"/.exec(JSON.stringify(shown.body))?.[1] };
  };

  beforeAll(async () => {
    app = await startApp({ label: 'matching', served: true, users: [...slackUsersOf(PROGRAM), ADMIN], env: ENV });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses non-admins kindly, then sends the questionnaire once to mentees without a group and mentors whose group has room, never in their quiet hours', async () => {
    const refused = await commandAnswer(app.slack, () => as(ADA.id).command('/mentor-admin', 'questionnaire'));
    expect(refused.text).toContain('`/mentor-admin` is for the program coordinators');
    expect(invitations(ADA.id)).toEqual([]);

    const started = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', 'questionnaire'));
    expect(started.text).toContain('The questionnaire is open. 6 people were sent it now; 1 person gets it when their quiet hours end.');
    expect(invitations(EVE.id)).toEqual([]);
    const again = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', 'questionnaire'));
    expect(again.text).toContain('already open: nobody gets it twice');
    const job = await runJobCli(app, 'questionnaire', new Date().toISOString(), ENV);
    expect(job.stdout).toContain('questionnaireInvitationsAlreadySent 6, questionnaireInvitationsWaitingForMorning 1');
    expect(invitations(EVE.id)).toEqual([]);
    // Twelve hours on, it is Eve's afternoon: the job sends hers (and nobody's twice).
    const morning = await runJobCli(app, 'questionnaire', new Date(Date.now() + 12 * 3_600_000).toISOString(), ENV);
    expect(morning.stdout).toContain('questionnaireInvitationsSent 1');
    expect(invitations(EVE.id)).toHaveLength(1);
    for (const id of [ADA, BEN, CY, DEV, PRIYA, GUS].map((p) => p.id)) expect(invitations(id), id).toHaveLength(1);
    for (const id of [FAY.id, PLACED.id, FULL[0]!.id, OKAFOR.id, ADMIN.id]) expect(invitations(id), id).toEqual([]);
    expect(JSON.stringify(invitations(ADA.id)[0]!.blocks)).toContain('"action_id":"matching_open","value":"round-1"');
  }, 60_000);

  it('refuses a bad form field by field with nothing stored, takes a good one, and lets it be changed', async () => {
    const form0 = await openForm(ADA.id);
    expect(form0).toContain('"type":"multi_users_select","max_selected_items":3');
    expect(form0).toContain('"value":"green"');
    const bad = await as(ADA.id).submit('matching_answer', form({ specialties: [], mentors: [BEN.id], community: 'purple', contact: 'Slack message', mdphd: 'no', hobbies: ['Running'] }));
    expect(bad.json).toEqual({
      response_action: 'errors',
      errors: {
        matching_specialties: 'Please answer this one.',
        matching_community: 'That choice is no longer offered; please choose again.',
        matching_mentors: `<@${BEN.id}> is not a peer mentor of a group; please choose peer mentors.`,
      },
    });
    expect(await answers()).toEqual([]);

    const good = await as(ADA.id).submit('matching_answer', form({ specialties: ['Pediatrics'], hobbies: ['Running'], background: PRIVATE, contact: 'Slack message', community: 'blue', mdphd: 'no', mentors: [PRIYA.id] }));
    expect(JSON.stringify(good.json)).toContain('your answers are in');
    // Changed: Ada now asks for Gus, in Green; her earlier answers fill the form.
    const form1 = await openForm(ADA.id);
    expect(form1).toContain('Here are your answers so far');
    expect(form1).toContain(`"initial_users":["${PRIYA.id}"]`);
    const changed = await as(ADA.id).submit('matching_answer', form({ specialties: ['General Surgery'], hobbies: ['Hiking and outdoors'], background: PRIVATE, contact: 'Text message', community: 'green', mdphd: 'no', mentors: [GUS.id] }));
    expect(JSON.stringify(changed.json)).toContain('Your answers are updated');
    const stored = await answers();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ userId: ADA.id, specialties: ['General Surgery'], mentors: [GUS.id], learningCommunity: 'green', background: PRIVATE });

    await answer(BEN.id, form({ specialties: ['Pediatrics'], hobbies: ['Running'], contact: 'E-mail', community: 'blue', mdphd: 'no', mentors: [] }));
    // Mentors answer without naming mentors.
    expect(await openForm(PRIYA.id)).not.toContain('multi_users_select');
    await as(PRIYA.id).submit('matching_answer', form({ specialties: ['Pediatrics'], hobbies: ['Running'], contact: 'Slack message', community: 'blue', mdphd: 'no' }));
    await answer(GUS.id, form({ specialties: ['General Surgery'], hobbies: ['Hiking and outdoors'], contact: 'Slack message', community: 'green', mdphd: 'no' }));
    expect(await answers()).toHaveLength(4);
  });

  it('reminds those who have not answered, once per reminder, on days 3 and 7', async () => {
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
    await runJobCli(app, 'questionnaire', day(2), ENV);
    expect(reminders(CY.id)).toEqual([]);
    await runJobCli(app, 'questionnaire', day(3), ENV);
    await runJobCli(app, 'questionnaire', day(4), ENV);
    expect(reminders(CY.id)).toHaveLength(1);
    await runJobCli(app, 'questionnaire', day(7), ENV);
    for (const id of [CY.id, DEV.id]) expect(reminders(id), id).toHaveLength(2);
    for (const id of [ADA.id, BEN.id, PRIYA.id, GUS.id, FAY.id]) expect(reminders(id), id).toEqual([]);
  }, 120_000);

  it('previews the match: per group who and why, the summary figures; never the private free text', async () => {
    const dry = await runCliProcess('src/cli/match.ts', ['--dry-run'], envFor(app, ENV));
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(await app.database.connection.db!.collection('matching_proposals').countDocuments()).toBe(0);

    const { text, json } = await previewOf();
    expect(text).toContain('5 mentees of 5 placed.');
    expect(text).toContain('Groups outside 12–15: Blue-Okafor, Green-Adeyemi.');
    expect(json).toContain('*Green-Adeyemi* — 0 → ');
    expect(json).toContain('Ada New (15): General Surgery; Hiking and outdoors; same Learning Community; asked for Gus Green');
    expect(json).toContain('Ben New (9): Pediatrics; Running; same Learning Community');
    expect(json).not.toContain('Gold-Full');
    expect(json).not.toContain('ZQX-MATCH-PRIVATE');
  }, 60_000);

  it('sends the match as CSV, refuses an edited file with unknown people or groups kindly, and previews a good one', async () => {
    const { proposal } = await previewOf();
    await as(ADMIN).click('matching_csv', proposal!, { ephemeral: true });
    const upload = await app.slack.waitFor(() => app.slack.uploads.find((u) => u.filename.startsWith('match-round-1')), 3_000, 'the match file');
    const csv = upload.content.toString('utf8');
    expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('mentee_slack_id,group,mentee_name,score,shared');
    expect(csv).toContain(`${ADA.id},Green-Adeyemi,Ada New,15,`);
    expect(csv).not.toContain('ZQX-MATCH-PRIVATE');

    const submitFile = async (id: string, content: string) => {
      const before = app.slack.callsTo('views.open').length;
      await as(ADMIN).click('matching_import_open', proposal!, { ephemeral: true });
      const opened = await app.slack.waitForCall('views.open', () => true, 3_000, before + 1);
      expect(JSON.stringify(opened.args['view'])).toContain('"callback_id":"matching_import"');
      const file = app.slack.fileObject(app.slack.addFile({ id, name: 'match.csv', content, user: ADMIN.id }));
      return as(ADMIN).submit('matching_import', { matching_import_file: { matching_input: { type: 'file_input', files: [file] } } });
    };
    await submitFile('F0MATCH001', `mentee_slack_id,group\nU0NOBODY99,Blue-Okafor\n${ADA.id},Purple-Nobody\n`);
    const refused = await app.slack.waitForCall('views.update', (args) => JSON.stringify(args['view']).includes('2 problems in the file'));
    expect(JSON.stringify(refused.args['view'])).toContain('Line 2: “U0NOBODY99” is not a mentee waiting for a group');
    expect(JSON.stringify(refused.args['view'])).toContain('Line 3: there is no group “Purple-Nobody” taking mentees');

    const edited = [`mentee_slack_id,group`, `${ADA.id},Blue-Okafor`, `${BEN.id},Blue-Okafor`, `${CY.id},Green-Adeyemi`, `${DEV.id},Green-Adeyemi`].join('\n');
    await submitFile('F0MATCH002', edited);
    const dm = await app.slack.waitFor(() => app.slack.dmsTo(ADMIN.id).find((m) => m.text.startsWith('Match preview')), 3_000, 'the edited preview');
    expect(JSON.stringify(dm.blocks)).toContain('(from your edited file)');
    expect(JSON.stringify(dm.blocks)).toContain('*Blue-Okafor* — 1 → 3 mentees');
  });

  it('applies the previewed match once: memberships opened, introductions run, answers closed', async () => {
    const { proposal } = await previewOf();
    const groups = new Map((await app.stores.roster.findGroups()).map((g) => [g.name, g.id]));
    const dmsBefore = new Map([ADA, BEN, CY, DEV].map((p) => [p.id, app.slack.dmsTo(p.id).length]));
    await as(ADMIN).click('matching_apply', proposal!, { ephemeral: true });
    const applied = await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).startsWith('Applied:')), 10_000, 'the applied answer');
    expect(applied.body['text']).toContain('Applied: 5 mentees joined 2 groups.');
    const open = await app.stores.roster.findMemberships({ current: true, personIds: [ADA.id, BEN.id, CY.id, DEV.id] });
    expect(open.map((m) => `${m.personId}:${m.role}`).sort()).toEqual([ADA, BEN, CY, DEV].map((p) => `${p.id}:mentee`).sort());
    expect(open.find((m) => m.personId === ADA.id)?.groupId).toBe(groups.get('Green-Adeyemi'));
    // Introductions: Green's channel is made and introduced; each new mentee is welcomed by DM.
    expect(app.slack.callsTo('conversations.create').length).toBeGreaterThanOrEqual(1);
    for (const p of [ADA, BEN, CY, DEV]) expect(app.slack.dmsTo(p.id).length, p.id).toBe(dmsBefore.get(p.id)! + 1);
    const audit = await app.database.connection.db!.collection('audit').find({ action: 'match-apply' }).toArray();
    expect(audit).toHaveLength(1);

    await as(ADMIN).click('matching_apply', proposal!, { ephemeral: true });
    await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes('match is applied already')), 3_000, 'the second apply');
    expect(await app.stores.roster.findMemberships({ current: true, personIds: [ADA.id] })).toHaveLength(1);
    expect(await openForm(CY.id)).toContain('The match has been made');
    // The private free text never left the database: not in any Slack call (the person's own form aside), nor the log.
    const calls = app.slack.calls.filter((c) => !(c.method === 'views.open' && JSON.stringify(c.args['view']).includes('"callback_id":"matching_answer"')));
    expect(JSON.stringify(calls)).not.toContain('ZQX-MATCH-PRIVATE');
    expect(JSON.stringify(app.logs)).not.toContain('ZQX-MATCH-PRIVATE');
  });
});
