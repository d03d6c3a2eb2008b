import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsOf, chosen, type As } from '../support/actor.js';
import { CAST, aCohort, aProgram, aSecondCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { runJobCli } from '../support/run-cli-process.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { mrkdwnTexts } from '../support/mrkdwn-texts.js';

/**
 * A roster whose names carry Slack markup: a mentee named `<!channel> Evil` and a group named with a link. Everything
 * the app sends to Slack as markup (introductions, welcome DMs, the digest, Home, the switch request's card) shows
 * them as written, escaped: no message pings the channel or carries the link.
 */
const EVIL_PERSON = '<!channel> Evil';
const EVIL_GROUP = 'Blue <https://evil.example|click>';
const GROUP_SHOWN = 'Blue &lt;https://evil.example|click&gt;';
const { admin: ADMIN, okafor: FACULTY, ada: ADA } = CAST;
const base = aProgram(aCohort({ ada: { name: EVIL_PERSON } }), aSecondCohort());
const PROGRAM = { ...base, groups: base.groups.map((g) => (g.name === 'Blue-Okafor' ? { ...g, name: EVIL_GROUP } : g)), slackOnly: [ADMIN] };
const ENV = { PROGRAM_TIMEZONE: 'America/Chicago', ADMIN_USER_IDS: ADMIN.id, QUIET_HOURS: 'off' };

/** Every text Slack reads as markup in what the app sent: each call's `text` and every mrkdwn text object in it. */
function markupSent(app: ServedApp): string {
  return [...app.slack.calls.map((call) => call.args), ...app.slack.responses.map((response) => response.body)].flatMap(mrkdwnTexts).join('\n');
}

describe('names carrying Slack markup are printed literally', () => {
  let app: ServedApp;
  let as: As;
  beforeAll(async () => {
    app = await startApp({ label: 'escaped-names', served: true, users: slackUsersOf(PROGRAM), env: ENV });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('in introductions, welcome DMs, the digest, Home and a switch request’s card', async () => {
    expect((await runJobCli(app, 'introductions', '2025-09-01T15:00:00Z', ENV)).code).toBe(0);
    expect((await runJobCli(app, 'digests', '2025-10-06T08:05:00-05:00', ENV)).code).toBe(0);
    for (const user of [ADMIN.id, FACULTY.id]) {
      const before = app.slack.callsTo('views.publish').filter((c) => c.args['user_id'] === user).length;
      await as(user).openHome();
      await app.slack.waitForCall('views.publish', (args) => args['user_id'] === user, 3_000, before + 1);
    }
    const opened = app.slack.callsTo('views.open').length;
    await as(ADA.id).command('/mentor-switch');
    await app.slack.waitForCall('views.open', () => true, 3_000, opened + 1);
    await as(ADA.id).submit('switch_submit', {
      switch_subject: { switch_subject_radio: chosen('radio_buttons', 'group') },
      switch_reason: { switch_reason_select: chosen('static_select', 'communication') },
      switch_details: { switch_details_input: { type: 'plain_text_input', value: '' } },
    });
    await app.slack.waitFor(() => app.slack.dmsTo(ADMIN.id).find((m) => m.text.includes(`<@${ADA.id}>`)), 3_000, 'the admins’ card');
    await app.slack.waitFor(() => app.slack.dmsTo(ADA.id).find((m) => m.text.includes('is with the program coordinators')), 3_000, 'the confirmation');

    const sent = markupSent(app);
    // Each place did show the group's name, escaped: the welcome DMs, the digest's fallback, the admin's Home, the form.
    expect(sent.split(GROUP_SHOWN).length - 1).toBeGreaterThanOrEqual(4);
    expect(sent).not.toContain('<!channel>');
    expect(sent).not.toContain('<https://evil');
    // Our own mentions still work.
    expect(sent).toContain(`<@${ADA.id}>`);
  });
});
