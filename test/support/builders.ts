import type { HelpRequest } from '../../src/program/records/request.js';

/** A request with sensible defaults; override what the test is about. */
export const aRequest = (overrides: Partial<HelpRequest> = {}): HelpRequest => ({
  id: '65f000000000000000000001',
  menteeId: 'M1',
  topic: 'study_tips',
  urgency: 'routine',
  reach: 'slack',
  description: 'How do I study for the renal block?',
  audience: 'cohort',
  mentorIds: ['P3', 'P4'],
  routedTo: 'mentors',
  coveringFor: [],
  channelId: 'G1',
  messageTs: '1700000000.000100',
  deadline: new Date('2026-10-31T15:00:00Z'),
  createdAt: new Date('2026-10-30T15:00:00Z'),
  sourceKey: 'view:V1',
  claimedBy: undefined,
  claimedAt: undefined,
  respondedBy: undefined,
  respondedAt: undefined,
  closedAs: undefined,
  closedBy: undefined,
  closedAt: undefined,
  helped: undefined,
  ...overrides,
});
