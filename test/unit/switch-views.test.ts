import { describe, expect, it } from 'vitest';
import type { Group } from '../../src/program/roster.js';
import type { SwitchRequest } from '../../src/program/records/switch-request.js';
import type { TargetGroup } from '../../src/features/switching/domain/switch.js';
import type { SwitchActionRefusal, SwitchCard } from '../../src/features/switching/outcomes.js';
import {
  buildAdminMessage,
  buildDeclined,
  buildFormerMentorNotice,
  buildMenteeMoved,
  buildMoveIntroduction,
  buildOpenRequest,
  buildSwitchActionRefusal,
  buildSwitchModal,
} from '../../src/features/switching/slack/switch-views.js';

const aGroup = (name: string, channelId?: string): Group => ({ id: `g-${name}`, name, kind: 'cohort', channelId, introducedAt: undefined, active: true });
const target = (name: string, mentees: number, sameCommunity = false): TargetGroup => ({ group: aGroup(name), mentees, sameCommunity });
const DETAILS = 'they *mock* my accent <!channel>';
const aRequest = (overrides: Partial<SwitchRequest> = {}): SwitchRequest => ({
  id: '65f0000000000000000000aa',
  menteeId: 'UADA',
  requestedBy: 'UADA',
  requesterRole: 'mentee',
  subject: 'group',
  fromGroupId: 'g-Blue-Okafor',
  reason: 'communication',
  details: DETAILS,
  preferredGroupId: undefined,
  status: 'open',
  decidedBy: undefined,
  decidedAt: undefined,
  targetGroupId: undefined,
  adminMessage: undefined,
  adminMessages: [],
  createdAt: new Date('2026-10-30T15:00:00Z'),
  sourceKey: 'view:V1',
  ...overrides,
});
const aCard = (overrides: Partial<SwitchCard> = {}, request: Partial<SwitchRequest> = {}): SwitchCard => ({
  request: aRequest(request),
  menteeName: 'Ada Mentee',
  fromGroup: aGroup('Blue-Okafor'),
  fromMentorIds: ['UP3', 'UP4'],
  preferredGroup: undefined,
  targetGroup: undefined,
  targets: [target('Blue-Lee', 1, true), target('Green-Abe', 0)],
  suggestedGroupId: 'g-Blue-Lee',
  unfinished: [],
  zone: 'America/Chicago',
  ...overrides,
});
const json = (value: unknown) => JSON.stringify(value);
type Block = { type: string; block_id?: string; text?: { type: string; text: string }; elements?: { action_id?: string; value?: string; initial_option?: { value: string }; options?: { text: { text: string } }[] }[] };
const blocksOf = (message: { blocks: unknown[] }) => message.blocks as Block[];
const actionIds = (message: { blocks: unknown[] }) => blocksOf(message).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []).map((e) => e.action_id) : []));

describe('the admins’ message', () => {
  it('shows the mentee, the current group and its mentors, the reason, the private details as written, and the groups with room ranked', () => {
    const message = buildAdminMessage(aCard());
    const text = json(message.blocks);
    expect(message.text).toBe('Request to change group for <@UADA>');
    expect(text).toContain('*Request to change group* for <@UADA>');
    expect(text).toContain('Blue-Okafor (<@UP3> and <@UP4>)');
    expect(text).toContain('*Reason*\\nCommunication');
    expect(text).toContain('Fri, Oct 30, 10:00 AM CDT');
    const details = blocksOf(message).find((b) => b.text?.text === DETAILS)!;
    expect(details.text!.type).toBe('plain_text');
    expect(text.indexOf('1. Blue-Lee — 1 mentee · same Learning Community')).toBeLessThan(text.indexOf('2. Green-Abe — 0 mentees'));
  });

  it('offers the groups in a select, the suggested one chosen, with Approve and Decline carrying the request id', () => {
    const actions = blocksOf(buildAdminMessage(aCard())).find((b) => b.type === 'actions')!;
    expect(actions.block_id).toBe('switch_actions');
    const [select, approve, decline] = actions.elements!;
    expect(select).toMatchObject({ action_id: 'switch_target_select', initial_option: { value: 'g-Blue-Lee' } });
    expect(approve).toMatchObject({ action_id: 'switch_approve', value: '65f0000000000000000000aa' });
    expect(decline).toMatchObject({ action_id: 'switch_decline', value: '65f0000000000000000000aa' });
    expect(json(buildAdminMessage(aCard({ suggestedGroupId: undefined })).blocks)).not.toContain('initial_option');
  });

  it('keeps within Block Kit limits for many groups and long names', () => {
    const many = Array.from({ length: 150 }, (_, i) => target(`Group-${i}-${'x'.repeat(90)}`, i % 14));
    const message = buildAdminMessage(aCard({ targets: many, suggestedGroupId: many[0]!.group.id }));
    const select = blocksOf(message).find((b) => b.type === 'actions')!.elements![0]!;
    expect(select.options).toHaveLength(100);
    for (const option of select.options!) expect(option.text.text.length).toBeLessThanOrEqual(75);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(json(message.blocks)).toContain('…and 140 more in the list.');
  });

  it('without a group with room, offers only Decline', () => {
    const message = buildAdminMessage(aCard({ targets: [], suggestedGroupId: undefined }));
    expect(actionIds(message)).toEqual(['switch_decline']);
    expect(json(message.blocks)).toContain('No group has room right now');
  });

  it('names the peer mentor who asked for a handover', () => {
    expect(json(buildAdminMessage(aCard({}, { requestedBy: 'UP3', requesterRole: 'mentor' })).blocks)).toContain(
      '*Request to hand over* <@UADA>, asked by their peer mentor <@UP3>',
    );
  });

  it.each([
    [{ status: 'approved', decidedBy: 'UADM', targetGroupId: 'g-Green-Abe' }, 'Approved by <@UADM> on Fri, Oct 30, 11:00 AM CDT: moved to *Green-Abe*.'],
    [{ status: 'declined', decidedBy: 'UADM' }, 'Declined by <@UADM> on Fri, Oct 30, 11:00 AM CDT'],
    [{ status: 'cancelled', decidedBy: 'UADA' }, 'Cancelled by <@UADA> on Fri, Oct 30, 11:00 AM CDT. Nothing changed.'],
  ] as const)('once decided (%o), says who decided what and when, without buttons', (decision, line) => {
    const message = buildAdminMessage(aCard({ targets: [], targetGroup: aGroup('Green-Abe') }, { ...decision, decidedAt: new Date('2026-10-30T16:00:00Z') }));
    expect(json(message.blocks)).toContain(line);
    expect(actionIds(message)).toEqual([]);
  });

  it('offers Finish the move while steps of an approved move are left, naming them', () => {
    const message = buildAdminMessage(
      aCard({ targets: [], targetGroup: aGroup('Green-Abe'), unfinished: ['leave_channel', 'mentee'] }, { status: 'approved', decidedBy: 'UADM', decidedAt: new Date('2026-10-30T16:00:00Z') }),
    );
    expect(actionIds(message)).toEqual(['switch_finish']);
    expect(json(message.blocks)).toContain('not done yet: leaving the old channel, telling the mentee.');
  });
});

describe('the switch form', () => {
  const form = { kind: 'form' as const, menteeId: 'UADA', menteeName: 'Ada Mentee', fromGroupName: 'Blue-Okafor', targets: [target('Blue-Lee', 1, true)] };

  it('asks what to change, why (a required choice), private details (optional, up to 1,000) and a preferred group with room (optional)', () => {
    const modal = buildSwitchModal({ ...form, asMentor: false });
    expect(modal).toMatchObject({ callback_id: 'switch_submit', private_metadata: '{"menteeId":"UADA"}', title: { text: 'Change group' } });
    const inputs = modal.blocks.filter((b) => b.type === 'input') as { block_id: string; optional?: boolean; element: { max_length?: number; options?: { value: string }[] } }[];
    expect(inputs.map((b) => [b.block_id, b.optional ?? false])).toEqual([
      ['switch_subject', false],
      ['switch_reason', false],
      ['switch_details', true],
      ['switch_preferred', true],
    ]);
    expect(inputs[1]!.element.options!.map((o) => o.value)).toEqual(['schedule', 'communication', 'interests', 'personal', 'other']);
    expect(inputs[2]!.element.max_length).toBe(1_000);
    expect(inputs[3]!.element.options!.map((o) => o.value)).toEqual(['g-Blue-Lee']);
    expect(json(modal)).toContain('Your mentors are never told why');
  });

  it('for a mentor, is titled as a handover of the named mentee; without groups with room, says so instead of a select', () => {
    const modal = buildSwitchModal({ ...form, asMentor: true, targets: [] });
    expect(modal.title.text).toBe('Hand over a mentee');
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
    expect(json(modal)).toContain('move *Ada Mentee* out of *Blue-Okafor*');
    expect(json(modal)).not.toContain('switch_preferred');
    expect(json(modal)).toContain('No group has room right now');
  });
});

describe('what people are told', () => {
  it('shows the asker their open request with Cancel; anyone else, only that one is open', () => {
    const mine = buildOpenRequest(aRequest(), true, 'UADA', 'America/Los_Angeles');
    expect(mine.text).toContain('Fri, Oct 30, 8:00 AM PDT');
    expect(json(mine.blocks)).toContain('"action_id":"switch_cancel"');
    expect(json(mine.blocks)).toContain('"value":"65f0000000000000000000aa"');
    expect(json(mine)).not.toContain('accent');
    const forMentee = buildOpenRequest(aRequest({ requestedBy: 'UP3', requesterRole: 'mentor' }), false, 'UADA', 'UTC');
    expect(forMentee.text).toBe('The program coordinators are already looking at a change of group for you; you will hear from them here.');
    expect(json(buildOpenRequest(aRequest(), false, 'UP4', 'UTC'))).not.toMatch(/switch_cancel|accent|Communication/);
  });

  it('tells former mentors only that the mentee moved on: no reason, no details, no one who asked', () => {
    const notice = buildFormerMentorNotice('UADA');
    expect(notice.text).toBe(
      '<@UADA> has moved to another mentoring group. Thank you for your mentoring. There is nothing you need to do: any requests still waiting for an answer went to their new mentors.',
    );
  });

  it('introduces the mentee to the new mentors', () => {
    const intro = buildMoveIntroduction({ menteeId: 'UADA', group: aGroup('Green-Abe', 'C1'), mentorIds: ['UABE', 'UAVA'], movedRequests: 0 });
    expect(intro.text).toBe(':wave: Please welcome <@UADA>, who joins this mentoring group today. <@UABE> and <@UAVA>, please say hello and set up a first meeting.');
  });

  it.each([
    [{ channelId: 'C1', mentorIds: ['UABE'], movedRequests: 2 }, 'You have moved to *Green-Abe*. Your new peer mentors are <@UABE>. Say hello in <#C1>, where I have just introduced you to them. Your 2 open requests went to them, in a new conversation.'],
    [{ channelId: undefined, mentorIds: ['UABE'], movedRequests: 1 }, 'You have moved to *Green-Abe*. Your new peer mentors are <@UABE>. Your open request went to them, in a new conversation.'],
    [{ channelId: undefined, mentorIds: [], movedRequests: 0 }, 'You have moved to *Green-Abe*.'],
  ])('tells the mentee where they are now (%o)', ({ channelId, mentorIds, movedRequests }, expected) => {
    expect(buildMenteeMoved({ menteeId: 'UADA', group: aGroup('Green-Abe', channelId), mentorIds, movedRequests }).text).toBe(`:arrows_counterclockwise: ${expected}`);
  });

  it('gives the admin’s message to the person who asked as written, never read as markup', () => {
    const declined = buildDeclined(aCard({}, { status: 'declined', decidedBy: 'UADM', adminMessage: 'Let us *talk* first <!here>' }));
    expect(declined.text).toContain('will not move you for now. <@UADM> wrote:');
    expect(blocksOf(declined)[1]!.text).toEqual({ type: 'plain_text', text: 'Let us *talk* first <!here>' });
    const toMentor = buildDeclined(aCard({}, { status: 'declined', decidedBy: 'UADM', adminMessage: 'No.', requestedBy: 'UP3', requesterRole: 'mentor' }));
    expect(toMentor.text).toContain('will not move <@UADA> to another group for now');
  });

  it.each<[SwitchActionRefusal, string]>([
    ['admins_only', 'Only program coordinators can decide switch requests, so nothing changed.'],
    ['requester_only', 'Only the person who asked can cancel this request.'],
    ['no_room', 'That group has no room any more (or no peer mentor). Please choose another group.'],
    ['same_group', 'That is the mentee’s current group. Please choose another.'],
    ['no_target', 'No group has room right now, so there is nowhere to move the mentee. You can decline with a message instead.'],
    ['not_approved', 'This request was not approved, so there is no move to finish.'],
    ['not_found', 'I can’t find this switch request any more.'],
  ])('explains a refused click: %s', (reason, text) => {
    expect(buildSwitchActionRefusal({ kind: 'refused', reason, card: aCard() })).toBe(text);
  });

  it('says who decided first when a click comes too late', () => {
    const card = aCard({ targetGroup: aGroup('Blue-Lee') }, { status: 'approved', decidedBy: 'UADM', decidedAt: new Date('2026-10-30T16:00:00Z') });
    expect(buildSwitchActionRefusal({ kind: 'refused', reason: 'already_decided', card })).toBe(
      'This request was decided already, so nothing changed. Approved by <@UADM> on Fri, Oct 30, 11:00 AM CDT: moved to *Blue-Lee*.',
    );
    expect(buildSwitchActionRefusal({ kind: 'done', card })).toBeUndefined();
  });
});
