import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeChannel } from '../support/fake-slack/fake-workspace.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

const ADMINS = ['U0ADMIN001', 'U0ADMIN002'] as const;
const AMY = 'U0AMYSTUD1';
const CHANNEL = 'G0SWITCHAD';
const NOW = new Date('2026-10-20T04:13:00Z');

describe('job admin-channel: SWITCH_ADMIN_CHANNEL checked in Slack, the admins told once per change', () => {
  let w: AppHarness;
  let channel: FakeChannel;
  beforeAll(async () => {
    w = await startApp({
      label: 'adminchannel',
      users: [...ADMINS.map((id) => ({ id, name: `Admin ${id}` })), { id: AMY, name: 'Amy Student' }],
      env: { ADMIN_USER_IDS: ADMINS.join(','), SWITCH_ADMIN_CHANNEL: CHANNEL },
    });
    channel = w.slack.addChannel({ id: CHANNEL, name: 'switch-requests', isPrivate: false, members: [w.slack.bot.userId, ...ADMINS] });
  });
  afterAll(async () => {
    await w?.stop();
  });

  const run = () => w.jobs.get('admin-channel')!.run(NOW, w.logger);
  /** What each admin was told about the channel, in order. */
  const toldEach = () => ADMINS.map((admin) => w.slack.dmsTo(admin).map((m) => m.text));

  it('refuses a public channel and tells each admin why, once however often it runs', async () => {
    expect(await run()).toEqual({ checked: 1, usable: 0, changed: 1, told: 2 });
    for (const told of toldEach()) expect(told).toEqual([expect.stringMatching(/^:warning: Switch requests now come to you by DM instead of <#G0SWITCHAD>: the channel is public\./)]);
    expect(await run()).toEqual({ checked: 1, usable: 0, changed: 0, told: 0 });
    expect(toldEach().map((t) => t.length)).toEqual([1, 1]);
    expect(w.slack.callsTo('conversations.info').at(-1)!.args).toMatchObject({ channel: CHANNEL });
  });

  it('names someone in it who is not an admin, once they are the problem', async () => {
    channel.isPrivate = true;
    channel.members.push(AMY);
    expect(await run()).toMatchObject({ usable: 0, changed: 1, told: 2 });
    for (const told of toldEach()) expect(told.at(-1)).toContain(`<@${AMY}> is in it but is not a program coordinator.`);
  });

  it('tells the admins the channel is used again once it is private and holds only them and the app', async () => {
    channel.members = channel.members.filter((m) => m !== AMY);
    expect(await run()).toEqual({ checked: 1, usable: 1, changed: 1, told: 2 });
    for (const told of toldEach()) expect(told.at(-1)).toBe(':white_check_mark: Switch requests go to <#G0SWITCHAD> again: it is private and holds only program coordinators and the app.');
    expect(await run()).toEqual({ checked: 1, usable: 1, changed: 0, told: 0 });
  });

  it('refuses a private channel the app is not in (Slack does not show it), and two instances checking at once tell the admins once', async () => {
    channel.members = [...ADMINS];
    const both = await Promise.all([run(), run()]);
    expect(both.map((s) => s.told).sort()).toEqual([0, 2]);
    for (const told of toldEach()) {
      expect(told).toHaveLength(4);
      expect(told.at(-1)).toContain('the app cannot see it (Slack said `channel_not_found`): invite the app to the channel, or check SWITCH_ADMIN_CHANNEL.');
    }
    expect(w.logs).toContainEqual(expect.objectContaining({ level: 'warn', message: 'switch admin channel refused: switch requests go to the admins by DM', problem: 'no_access', slackError: 'channel_not_found' }));
  });
});
