import { describe, expect, it } from 'vitest';
import { NOTICE_WINDOW_MS, isVerdictChange, judgeAdminChannel, noticeOf, type AdminChannelFacts, type AdminChannelVerdict } from '../../src/features/switching/domain/admin-channel.js';
import { buildAdminChannelNotice } from '../../src/features/switching/slack/admin-channel-views.js';

const BOT = 'UBOT';
const ADMINS = ['UADMIN1', 'UADMIN2'];
const seen = (members: string[], more: Partial<Extract<AdminChannelFacts, { kind: 'seen' }>> = {}): AdminChannelFacts => ({ kind: 'seen', isPrivate: true, isArchived: false, memberIds: members, ...more });
const usable: AdminChannelVerdict = { usable: true };
const refused = (problem: Exclude<AdminChannelVerdict, { usable: true }>['problem'], outsiderIds: string[] = []): AdminChannelVerdict => ({ usable: false, problem, outsiderIds });

describe('SWITCH_ADMIN_CHANNEL: private, and only admins and the app in it', () => {
  it.each([
    ['private, the app and the admins', seen([BOT, ...ADMINS]), usable],
    ['private, the app and one admin', seen([BOT, 'UADMIN2']), usable],
    ['public', seen([BOT, ...ADMINS], { isPrivate: false }), refused('public')],
    ['archived', seen([BOT, ...ADMINS], { isArchived: true }), refused('archived')],
    ['someone who is not an admin in it (named, sorted, once)', seen([BOT, 'UZED', ...ADMINS, 'UAMY', 'UZED']), refused('outsiders', ['UAMY', 'UZED'])],
    ['no admin in it', seen([BOT]), refused('no_admin')],
    ['the app not in it', seen(ADMINS), refused('no_access')],
    ['public and with outsiders: public first', seen([BOT, 'UAMY'], { isPrivate: false }), refused('public')],
  ])('%s', (_case, facts, verdict) => {
    expect(judgeAdminChannel(facts, ADMINS, BOT)).toEqual(verdict);
  });

  it('refuses a channel Slack will not describe, keeping Slack’s error', () => {
    expect(judgeAdminChannel({ kind: 'unreachable', error: 'channel_not_found' }, ADMINS, BOT)).toEqual({ usable: false, problem: 'no_access', outsiderIds: [], error: 'channel_not_found' });
  });
});

describe('what is recorded after a check: changes only', () => {
  it.each([
    ['first check, usable', undefined, usable, true],
    ['first check, refused', undefined, refused('public'), true],
    ['usable, then refused', usable, refused('outsiders', ['UAMY']), true],
    ['refused, then the same again the next day', refused('public'), refused('public'), false],
    ['refused for the same people', refused('outsiders', ['UAMY']), refused('outsiders', ['UAMY']), false],
    ['refused, then for someone else too', refused('outsiders', ['UAMY']), refused('outsiders', ['UAMY', 'UZED']), true],
    ['refused, then for another reason', refused('public'), refused('no_access'), true],
    ['refused, then fixed', refused('public'), usable, true],
    ['usable, still usable', usable, usable, false],
  ] as const)('%s', (_case, previous, current, change) => {
    expect(isVerdictChange(previous, current)).toBe(change);
  });
});

describe('what the admins are told of the latest change: once per change, for a week at most', () => {
  const AT = new Date('2026-10-20T04:13:00Z');
  const later = (ms: number) => new Date(AT.getTime() + ms);
  it.each([
    ['the first check, usable: nothing (the channel is simply used)', 1, usable, 0, 'none'],
    ['the first check, refused: why', 1, refused('public'), 0, 'refused'],
    ['a later refusal: why', 3, refused('no_admin'), 0, 'refused'],
    ['usable after a refusal: used again', 2, usable, 0, 'restored'],
    ['a refusal not yet told six days on (quiet hours, failures): still why', 1, refused('public'), NOTICE_WINDOW_MS - 1, 'refused'],
    ['a change a week old: nothing any more', 1, refused('public'), NOTICE_WINDOW_MS, 'none'],
  ] as const)('%s', (_case, seq, verdict, after, notice) => {
    expect(noticeOf({ seq, at: AT, verdict }, later(after))).toBe(notice);
  });
});

describe('the admins’ notice', () => {
  const text = (verdict: AdminChannelVerdict, change: 'refused' | 'restored' = 'refused') => buildAdminChannelNotice({ channelId: 'G0ADMINS', change, verdict }).text;

  it('says requests come by DM instead, and why, and how to fix it', () => {
    expect(text(refused('public'))).toBe(
      ':warning: Switch requests now come to you by DM instead of <#G0ADMINS>: the channel is public. A request’s reason and private details are for program coordinators alone. The app checks the channel every hour, and uses it again once it is private and holds only program coordinators (ADMIN_USER_IDS) and the app.',
    );
    expect(text(refused('outsiders', ['UAMY']))).toContain('instead of <#G0ADMINS>: <@UAMY> is in it but is not a program coordinator.');
    expect(text(refused('outsiders', ['UAMY', 'UZED']))).toContain(': <@UAMY> and <@UZED> are in it but are not program coordinators.');
    expect(text({ usable: false, problem: 'no_access', outsiderIds: [], error: 'missing_scope' })).toContain(': the app cannot see it (Slack said `missing_scope`): invite the app to the channel, or check SWITCH_ADMIN_CHANNEL.');
  });

  it('says when the channel is used again', () => {
    expect(text(usable, 'restored')).toBe(':white_check_mark: Switch requests go to <#G0ADMINS> again: it is private and holds only program coordinators and the app.');
  });
});
