import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsOf, chosen, type As } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { CAST, aCohort, aProgram, seedProgram, slackUsersOf } from '../support/program-fixture.js';

const ADMINS = [CAST.admin.id, 'U0ADMIN002'] as const;
const ADA = CAST.ada.id;
const PUBLIC_CHANNEL = 'C0PUBLICAD';
const DETAILS = 'PUBLIC-CANARY what only admins may read';
const PROGRAM = aProgram(aCohort(), {
  people: [{ id: 'U0ABEMENT1', name: 'Abe Mentor', roles: ['peer_mentor'] }],
  groups: [{ name: 'Green-Abe', mentors: ['U0ABEMENT1'] }],
  slackOnly: [CAST.admin, { id: ADMINS[1], name: 'Second Coordinator' }],
});

describe('a public SWITCH_ADMIN_CHANNEL, end to end', () => {
  let app: ServedApp;
  let as: As;
  beforeAll(async () => {
    // The admins' notice waits out quiet hours, and this test runs at any hour.
    app = await startApp({ label: 'publicadmin', served: true, users: slackUsersOf(PROGRAM), env: { ADMIN_USER_IDS: ADMINS.join(','), SWITCH_ADMIN_CHANNEL: PUBLIC_CHANNEL, QUIET_HOURS: 'off' } });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
    // Public: anyone in the workspace may read it. Only the app and the admins are in it.
    app.slack.addChannel({ id: PUBLIC_CHANNEL, name: 'switch-requests', isPrivate: false, members: [app.slack.bot.userId, ...ADMINS] });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('is refused: the switch request goes to each admin by DM, the admins are told why, and nothing is posted in the channel', async () => {
    const opened = app.slack.callsTo('views.open').length;
    await as(ADA).command('/mentor-switch');
    await app.slack.waitForCall('views.open', () => true, 3_000, opened + 1);
    const viewId = [...app.slack.views.keys()].at(-1)!;
    const values = {
      switch_subject: { switch_subject_radio: chosen('radio_buttons', 'group') },
      switch_reason: { switch_reason_select: chosen('static_select', 'communication') },
      switch_details: { switch_details_input: { type: 'plain_text_input', value: DETAILS } },
    };
    const answer = await as(ADA).submit('switch_submit', values, { viewId });
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);

    for (const admin of ADMINS) {
      // Told why, once, and then the request itself, with its details and buttons, in their DM.
      const why = await app.slack.waitFor(() => app.slack.dmsTo(admin).find((m) => m.text.includes('Switch requests now come to you by DM instead of')), 3_000, `why, to ${admin}`);
      expect(why.text).toContain(`instead of <#${PUBLIC_CHANNEL}>: the channel is public.`);
      const card = await app.slack.waitFor(() => app.slack.dmsTo(admin).find((m) => m.text.includes(`<@${ADA}>`)), 3_000, `the request, to ${admin}`);
      expect(JSON.stringify(card.blocks)).toContain(DETAILS);
      expect(JSON.stringify(card.blocks)).toContain('switch_approve');
    }
    await app.slack.waitFor(() => app.slack.dmsTo(ADA).find((m) => m.text.includes('is with the program coordinators')));
    expect(app.slack.postsTo(PUBLIC_CHANNEL)).toEqual([]);
    expect(app.slack.calls.filter((c) => c.method.startsWith('chat.') && c.args['channel'] === PUBLIC_CHANNEL)).toEqual([]);
    expect(JSON.stringify(app.slack.messages.filter((m) => JSON.stringify(m.blocks).includes(DETAILS)).map((m) => m.channel).sort())).toBe(
      JSON.stringify(ADMINS.map((admin) => app.slack.dmWith(admin)!.id).sort()),
    );

    // Each DM of the details is in the audit trail, by the admin who received it.
    const request = (await app.stores.switches.findOpenFor(ADA))!;
    const audited = await app.stores.audit.findBetween(new Date(0), new Date(Date.now() + 60_000));
    expect(audited.map(({ actor, action, subject, detail }) => [actor, action, subject, detail]).sort()).toEqual(ADMINS.map((admin) => [admin, 'switch-details-view', request.id, 'sent by DM']).sort());

    // A second request (Ben's) goes by DM too, and the admins are not told why again.
    const before = app.slack.callsTo('views.open').length;
    await as(CAST.ben.id).command('/mentor-switch');
    await app.slack.waitForCall('views.open', () => true, 3_000, before + 1);
    await as(CAST.ben.id).submit('switch_submit', { ...values, switch_details: { switch_details_input: { type: 'plain_text_input', value: '' } } }, { viewId: [...app.slack.views.keys()].at(-1)! });
    for (const admin of ADMINS) {
      await app.slack.waitFor(() => app.slack.dmsTo(admin).find((m) => m.text.includes(`<@${CAST.ben.id}>`)), 3_000, `Ben's request, to ${admin}`);
      expect(app.slack.dmsTo(admin).filter((m) => m.text.includes('Switch requests now come to you by DM'))).toHaveLength(1);
    }
    expect(app.slack.postsTo(PUBLIC_CHANNEL)).toEqual([]);
    expect(app.logs).toContainEqual(expect.objectContaining({ level: 'warn', message: 'switch admin channel refused: switch requests go to the admins by DM', problem: 'public' }));
    expect(JSON.stringify(app.logs)).not.toContain('PUBLIC-CANARY');
  });
});
