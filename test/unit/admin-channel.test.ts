import { describe, expect, it } from 'vitest';
import { adminChannelChange, judgeAdminChannel, type AdminChannelFacts, type AdminChannelVerdict } from '../../src/features/switching/domain/admin-channel.js';
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

describe('what the admins are told after a check: once per change', () => {
  it.each([
    ['first check, usable: nothing (the channel is simply used)', undefined, usable, 'none'],
    ['first check, refused: why', undefined, refused('public'), 'refused'],
    ['usable, then refused', usable, refused('outsiders', ['UAMY']), 'refused'],
    ['refused, then the same again the next day: nothing', refused('public'), refused('public'), 'none'],
    ['refused for the same people: nothing', refused('outsiders', ['UAMY']), refused('outsiders', ['UAMY']), 'none'],
    ['refused, then for someone else too: why, again', refused('outsiders', ['UAMY']), refused('outsiders', ['UAMY', 'UZED']), 'refused'],
    ['refused, then for another reason', refused('public'), refused('no_access'), 'refused'],
    ['refused, then fixed: used again', refused('public'), usable, 'restored'],
    ['usable, still usable', usable, usable, 'none'],
  ] as const)('%s', (_case, previous, current, change) => {
    expect(adminChannelChange(previous, current)).toBe(change);
  });
});

describe('the admins’ notice', () => {
  const text = (verdict: AdminChannelVerdict, change: 'refused' | 'restored' = 'refused') => buildAdminChannelNotice({ channelId: 'G0ADMINS', change, verdict }).text;

  it('says requests come by DM instead, and why, and how to fix it', () => {
    expect(text(refused('public'))).toBe(
      ':warning: Switch requests now come to you by DM instead of <#G0ADMINS>: the channel is public. A request’s reason and private details are for program coordinators alone. The app checks the channel at start and daily, and uses it again once it is private and holds only program coordinators (ADMIN_USER_IDS) and the app.',
    );
    expect(text(refused('outsiders', ['UAMY']))).toContain('instead of <#G0ADMINS>: <@UAMY> is in it but is not a program coordinator.');
    expect(text(refused('outsiders', ['UAMY', 'UZED']))).toContain(': <@UAMY> and <@UZED> are in it but are not program coordinators.');
    expect(text({ usable: false, problem: 'no_access', outsiderIds: [], error: 'missing_scope' })).toContain(': the app cannot see it (Slack said `missing_scope`): invite the app to the channel, or check SWITCH_ADMIN_CHANNEL.');
  });

  it('says when the channel is used again', () => {
    expect(text(usable, 'restored')).toBe(':white_check_mark: Switch requests go to <#G0ADMINS> again: it is private and holds only program coordinators and the app.');
  });
});
