import { userInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/program/csv.js';
import { cliActor } from '../../src/program/records/audit.js';
import { actorsOf, chosen, type As } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { commandAnswer } from '../support/command-answer.js';
import type { FakeMessage } from '../../src/demo/slack-simulator/fake-workspace.js';
import { CAST, aCohort, aProgram, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { runExportCli } from '../support/run-cli-process.js';

const ADMIN = CAST.admin.id;
const [ADA, BEN] = [CAST.ada.id, CAST.ben.id];
const ADMIN_CHANNEL = 'G0AUDITADM';
const ENV = { PROGRAM_TIMEZONE: 'America/Chicago' };
/** The standard cohort with a second group to move to, and an admin in Slack. */
const PROGRAM = aProgram(aCohort(), { people: [{ id: 'U0ABEMENT1', name: 'Abe Mentor', roles: ['peer_mentor'] }], groups: [{ name: 'Green-Abe', mentors: ['U0ABEMENT1'] }], slackOnly: [CAST.admin] });
const DETAILS = 'AUDIT-CANARY private details';

describe('the audit trail, end to end: each audited action, then `npm run export -- audit`', () => {
  let app: ServedApp;
  let as: As;
  beforeAll(async () => {
    app = await startApp({ label: 'audit', served: true, users: slackUsersOf(PROGRAM), env: { ...ENV, ADMIN_USER_IDS: ADMIN, SWITCH_ADMIN_CHANNEL: ADMIN_CHANNEL } });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
    app.slack.addChannel({ id: ADMIN_CHANNEL, name: 'switch-requests', members: [app.slack.bot.userId, ADMIN] });
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** A mentee asks to change group through the form; resolves to the admins' message in the admin channel. */
  const askToSwitch = async (menteeId: string): Promise<FakeMessage> => {
    const opened = app.slack.callsTo('views.open').length;
    await as(menteeId).command('/mentor-switch');
    await app.slack.waitForCall('views.open', () => true, 3_000, opened + 1);
    const viewId = [...app.slack.views.keys()].at(-1)!;
    const values = {
      switch_subject: { switch_subject_radio: chosen('radio_buttons', 'group') },
      switch_reason: { switch_reason_select: chosen('static_select', 'schedule') },
      switch_details: { switch_details_input: { type: 'plain_text_input', value: DETAILS } },
    };
    expect((await as(menteeId).submit('switch_submit', values, { viewId })).status).toBe(200);
    return app.slack.waitFor(() => app.slack.postsTo(ADMIN_CHANNEL).find((m) => m.text.includes(`<@${menteeId}>`)), 3_000, 'the admins’ message');
  };
  const requestIdOf = (message: FakeMessage) => /"action_id":"switch_decline","text":\{[^}]*\},"value":"([0-9a-f]{24})"/.exec(JSON.stringify(message.blocks))![1]!;

  it('lists every export, switch decision and showing of a switch request’s details, with who and when, and never the details', async () => {
    const started = new Date();
    // A switch request's card, with its details, posted in the admin channel; the admin approves it.
    const adaCard = await askToSwitch(ADA);
    const adaRequest = requestIdOf(adaCard);
    await as(ADMIN).click('switch_approve', adaRequest, { message: { channel: ADMIN_CHANNEL, ts: adaCard.ts } });
    await app.slack.waitFor(() => app.slack.dmsTo(ADA).find((m) => m.text.includes('You have moved to')), 3_000, 'the move');
    // Another, declined through the Decline form.
    const benCard = await askToSwitch(BEN);
    const benRequest = requestIdOf(benCard);
    const opened = app.slack.callsTo('views.open').length;
    await as(ADMIN).click('switch_decline', benRequest, { message: { channel: ADMIN_CHANNEL, ts: benCard.ts } });
    await app.slack.waitForCall('views.open', () => true, 3_000, opened + 1);
    const declineView = [...app.slack.views.keys()].at(-1)!;
    await as(ADMIN).submit('switch_decline_submit', { switch_decline_message: { switch_decline_message_input: { type: 'plain_text_input', value: 'Not this term.' } } }, { viewId: declineView });
    await app.slack.waitFor(() => app.slack.dmsTo(BEN).find((m) => m.text.includes('will not move you')), 3_000, 'the decline');
    // An export in Slack, by the admin; one on the command line.
    const sent = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', 'export switches'), { match: (text) => text.startsWith('Here is') });
    expect(sent.ack.status).toBe(200);
    await app.slack.waitForCall('files.completeUploadExternal');
    expect((await runExportCli(app, ['requests'], ENV)).code).toBe(0);

    const run = await runExportCli(app, ['audit', '--no-bom'], ENV);
    expect(run.code).toBe(0);
    const { records, problems } = parseCsv(run.stdout);
    expect(problems).toEqual([]);
    const [header, ...rows] = records.map((r) => r.cells);
    expect(header).toEqual(['at', 'actor', 'action', 'subject', 'detail']);
    const thisMonth = (run.stderr.match(/peer-mentor-audit-(\d{4}-\d{2})\.csv: 6 rows\./) ?? [])[1];
    expect(thisMonth, run.stderr).toBeDefined();
    expect(rows.map(([, ...rest]) => rest)).toEqual([
      [ADMIN_CHANNEL, 'switch-details-view', adaRequest, 'posted in the channel'],
      [ADMIN, 'switch-decision', adaRequest, 'approved'],
      [ADMIN_CHANNEL, 'switch-details-view', benRequest, 'posted in the channel'],
      [ADMIN, 'switch-decision', benRequest, 'declined'],
      [ADMIN, 'export', 'switches', `${thisMonth}..${thisMonth}`],
      [cliActor(userInfo().username), 'export', 'requests', `${thisMonth}..${thisMonth}`],
    ]);
    for (const [at] of rows) expect(new Date(at!).getTime()).toBeGreaterThanOrEqual(started.getTime() - 1_000);
    expect(run.stdout).not.toContain('AUDIT-CANARY');
    expect(run.stdout).not.toContain('Not this term');

    // Writing the trail out is an export too: the next one lists it.
    const again = await runExportCli(app, ['audit', '--no-bom'], ENV);
    expect(parseCsv(again.stdout).records.at(-1)!.cells.slice(1)).toEqual([cliActor(userInfo().username), 'export', 'audit', `${thisMonth}..${thisMonth}`]);
    // A longer time limit: four command-line runs, each its own process.
  }, 120_000);
});
