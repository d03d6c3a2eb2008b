import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeChannel } from '../../src/demo/slack-simulator/fake-workspace.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

const ADMINS = ['U0ADMIN001', 'U0ADMIN002'] as const;
const AMY = 'U0AMYSTUD1';
const CHANNEL = 'G0SWITCHAD';
/** 10:13 in Chicago, the program's zone (the admins are not on the roster): outside quiet hours. */
const NOW = new Date('2026-10-20T15:13:00Z');

describe('job admin-channel: SWITCH_ADMIN_CHANNEL checked in Slack, the admins told once per change', () => {
  let w: AppHarness;
  let channel: FakeChannel;
  beforeAll(async () => {
    w = await startApp({
      label: 'adminchannel',
      users: [...ADMINS.map((id) => ({ id, name: `Admin ${id}` })), { id: AMY, name: 'Amy Student' }],
      env: { ADMIN_USER_IDS: ADMINS.join(','), SWITCH_ADMIN_CHANNEL: CHANNEL, PROGRAM_TIMEZONE: 'America/Chicago' },
    });
    channel = w.slack.addChannel({ id: CHANNEL, name: 'switch-requests', isPrivate: false, members: [w.slack.bot.userId, ...ADMINS] });
  });
  afterAll(async () => {
    await w?.stop();
  });

  const run = (at = NOW) => w.jobs.get('admin-channel')!.run(at, w.logger);
  const counts = (checked: number, usable: number, changed: number, told: number, toldLater = 0) => ({ checked, usable, changed, told, toldLater, tellFailed: 0 });
  /** What each admin was told about the channel, in order. */
  const toldEach = () => ADMINS.map((admin) => w.slack.dmsTo(admin).map((m) => m.text));

  it('records nothing and tells no one when Slack cannot be reached: the next check decides', async () => {
    w.slack.failNext('conversations.info', { kind: 'http', status: 503 });
    await expect(run()).rejects.toThrow();
    expect(toldEach()).toEqual([[], []]);
    expect(await w.database.connection.collection('admin_channel_checks').countDocuments()).toBe(0);
  });

  it('refuses a public channel and tells each admin why, once however often it runs', async () => {
    expect(await run()).toEqual(counts(1, 0, 1, 2));
    for (const told of toldEach()) expect(told).toEqual([expect.stringMatching(/^:warning: Switch requests now come to you by DM instead of <#G0SWITCHAD>: the channel is public\./)]);
    expect(await run()).toEqual(counts(1, 0, 0, 0));
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
    expect(await run()).toEqual(counts(1, 1, 1, 2));
    for (const told of toldEach()) expect(told.at(-1)).toBe(':white_check_mark: Switch requests go to <#G0SWITCHAD> again: it is private and holds only program coordinators and the app.');
    expect(await run()).toEqual(counts(1, 1, 0, 0));
  });

  it('refuses a private channel the app is not in (Slack does not show it), and two instances checking at once tell the admins once', async () => {
    channel.members = [...ADMINS];
    const both = await Promise.all([run(), run()]);
    expect(both.map((s) => s.changed).sort()).toEqual([0, 1]);
    expect(both.reduce((sum, s) => sum + (s['told'] ?? 0), 0)).toBe(2);
    for (const told of toldEach()) {
      expect(told).toHaveLength(4);
      expect(told.at(-1)).toContain('the app cannot see it (Slack said `channel_not_found`): invite the app to the channel, or check SWITCH_ADMIN_CHANNEL.');
    }
    expect(w.logs).toContainEqual(expect.objectContaining({ level: 'warn', message: 'switch admin channel refused: switch requests go to the admins by DM', problem: 'no_access', slackError: 'channel_not_found' }));
  });

  it('keeps a change found at night for the morning: the admins are told by the first run after their quiet hours', async () => {
    channel.members = [w.slack.bot.userId, ...ADMINS];
    // 23:13 in Chicago: the channel is used again at once, and the admins hear of it in the morning.
    const night = new Date('2026-10-21T04:13:00Z');
    expect(await run(night)).toEqual(counts(1, 1, 1, 0, 2));
    expect(toldEach().map((t) => t.length)).toEqual([4, 4]);
    expect(await run(new Date('2026-10-21T12:13:00Z'))).toEqual(counts(1, 1, 0, 0, 2));
    expect(await run(new Date('2026-10-21T13:13:00Z'))).toEqual(counts(1, 1, 0, 2));
    for (const told of toldEach()) expect(told.at(-1)).toContain('Switch requests go to <#G0SWITCHAD> again');
    expect(await run(new Date('2026-10-21T14:13:00Z'))).toEqual(counts(1, 1, 0, 0));
    expect(toldEach().map((t) => t.length)).toEqual([5, 5]);
  });
});
