import { describe, expect, it } from 'vitest';
import type { PairCard, SwitchCard } from '../../src/features/switching/outcomes.js';
import { buildPairAdminMessage } from '../../src/features/switching/slack/pair-switch-views.js';
import type { SwitchRequest } from '../../src/program/records/switch-request.js';

const request: SwitchRequest = {
  id: 'sw1',
  menteeId: 'U0PMM00001',
  requestedBy: 'U0PMM00001',
  requesterRole: 'mentee',
  subject: 'mentor',
  fromGroupId: undefined,
  pair: { track: 'premed', pairKey: 'Pair-Park', version: 1, fromMentorId: 'U0PMP00001', label: 'your pre-med pair' },
  reason: 'schedule',
  details: undefined,
  preferredGroupId: undefined,
  status: 'open',
  decidedBy: undefined,
  decidedAt: undefined,
  targetGroupId: undefined,
  adminMessage: undefined,
  adminMessages: [],
  createdAt: new Date('2026-11-02T15:00:00Z'),
  sourceKey: 'view:V1',
};
const pair = (changes: Partial<PairCard>): PairCard => ({
  office: 'the outreach coordinators',
  mentorWord: 'mentor',
  noAlternatives: 'A pre-med pair changes on the roster.',
  alternatives: [],
  names: new Map(),
  suggestedMentorId: undefined,
  unfinished: [],
  ...changes,
});
const card: SwitchCard = {
  request,
  menteeName: 'Jo Park',
  fromGroup: undefined,
  fromMentorIds: ['U0PMP00001'],
  preferredGroup: undefined,
  targetGroup: undefined,
  targets: [],
  suggestedGroupId: undefined,
  unfinished: [],
  zone: 'America/Chicago',
};
const buttons = (message: ReturnType<typeof buildPairAdminMessage>) => JSON.stringify(message.blocks).match(/"action_id":"[^"]+"/g) ?? [];

describe('the decider’s card for a change of a pair’s mentor', () => {
  it('says in the track’s own words why no other mentor is offered, and offers only Decline', () => {
    const message = buildPairAdminMessage(card, pair({}));
    expect(JSON.stringify(message.blocks)).toContain('A pre-med pair changes on the roster.');
    expect(JSON.stringify(message.blocks)).not.toContain('did this rotation');
    expect(buttons(message)).toHaveLength(1);
  });

  it('lists the alternatives with a choice and Approve when there are some', () => {
    const message = buildPairAdminMessage(card, pair({ alternatives: [{ mentorId: 'U0PMP00002', fit: 'did surgery', mentees: 1 }], names: new Map([['U0PMP00002', 'Ana Lee']]), suggestedMentorId: 'U0PMP00002' }));
    expect(JSON.stringify(message.blocks)).not.toContain('A pre-med pair changes on the roster.');
    expect(buttons(message)).toHaveLength(3);
  });
});
