import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/program/overview/build-digest.js';
import { buildProgramDigest } from '../../src/program/overview/build-program-digest.js';
import { splitRows } from '../../src/program/overview/split-rows.js';
import type { Group } from '../../src/program/roster.js';
import { buildCohortDigestMessage, buildProgramDigestMessage } from '../../src/program/slack/overview-view.js';
import { buildIntroductionMessage, buildNewcomersMessage, buildWelcomeDm } from '../../src/features/roster/slack/introduction-message.js';
import { buildImportSummaryMessage } from '../../src/features/roster/slack/admin-views.js';
import { buildAdminMessage, buildDeclineModal, buildDeclined, buildMenteeMoved, buildSwitchModal } from '../../src/features/switching/slack/switch-views.js';
import type { SwitchCard } from '../../src/features/switching/outcomes.js';
import { buildRotationNudge } from '../../src/features/clinical/slack/rotation-nudge-views.js';
import type { RotationNudge } from '../../src/features/clinical/domain/rotation-nudges.js';
import { CALENDAR, NOW, ZONE, fixedState } from '../support/program-fixture.js';

/** A roster name and a group name that would ping the channel or hide a link if put into mrkdwn as they are. */
const EVIL_PERSON = '<!channel> Evil';
const EVIL_GROUP = 'Blue <https://evil.example|click> & Co';
const PERSON_SHOWN = '&lt;!channel&gt; Evil';
const GROUP_SHOWN = 'Blue &lt;https://evil.example|click&gt; &amp; Co';

/** Every text Slack reads as mrkdwn in a message or view: the fallback `text` and every mrkdwn text object. */
function mrkdwnOf(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o['type'] === 'mrkdwn' && typeof o['text'] === 'string') out.push(o['text']);
      Object.values(o).forEach(walk);
    }
  };
  walk(value);
  const fallback = (value as { text?: unknown }).text;
  if (typeof fallback === 'string') out.push(fallback);
  return out;
}

/** No markup from the names gets through; the names are shown, escaped, where they are shown. */
function expectEscaped(value: unknown, shown: readonly string[]): void {
  const texts = mrkdwnOf(value).join('\n');
  expect(texts).not.toContain('<!channel>');
  expect(texts).not.toContain('<https://evil');
  for (const s of shown) expect(texts).toContain(s);
}

const member = (id: string, name = id) => ({ id, name, year: undefined });

describe('names from the roster or a file are escaped in mrkdwn; our own mentions still work', () => {
  const group = { id: 'G1', name: EVIL_GROUP, kind: 'cohort' as const, faculty: [member('UFAC')], peerMentors: [member('UP3', EVIL_PERSON)], mentees: [member('UADA', EVIL_PERSON)] };

  it('in introductions: the channel’s message, the newcomers’ welcome and each welcome DM', () => {
    expectEscaped(buildIntroductionMessage(group), []);
    expectEscaped(buildNewcomersMessage(group, [{ id: 'UADA', role: 'mentee' }]), [GROUP_SHOWN, '<@UADA>']);
    for (const role of ['mentee', 'peer_mentor', 'faculty'] as const) expectEscaped(buildWelcomeDm('UP3', role, group, 'C1'), [GROUP_SHOWN, '<#C1>']);
    expect(mrkdwnOf(buildWelcomeDm('UADA', 'mentee', group, 'C1')).join('\n')).toContain('<@UP3>');
  });

  it('in the roster import’s warnings to the admin, which quote the file', () => {
    const summary = { rows: 2, peopleCreated: 2, peopleUpdated: 0, peopleUnchanged: 0, peopleDeactivated: 0, groupsCreated: 1, groupsChanged: 0, membershipsOpened: 2, membershipsClosed: 0 };
    const message = buildImportSummaryMessage({ status: 'dry_run', summary, warnings: [{ group: EVIL_GROUP, line: undefined, message: `${EVIL_PERSON} is a peer mentor of 2 cohorts (${EVIL_GROUP}, Green).` }], introductions: undefined });
    expectEscaped(message, [PERSON_SHOWN, GROUP_SHOWN]);
  });

  it('in digests and the Home sections drawn from them (the Faculty Mentor’s and the program’s)', () => {
    const base = fixedState();
    const groups: Group[] = base.groups.map((g, i) => (i === 0 ? { ...g, name: EVIL_GROUP } : g));
    const state = { ...base, groups };
    const settings = { calendar: CALENDAR, zone: ZONE };
    const cohort = buildDigest({ ...state, groupIds: [groups[0]!.id] }, NOW, settings);
    expectEscaped(buildCohortDigestMessage(cohort, splitRows(cohort.mentees)[0]!), [GROUP_SHOWN]);
    const program = buildProgramDigest(state, NOW, settings);
    expectEscaped(buildProgramDigestMessage(program, splitRows(program.groups)[0]!), [GROUP_SHOWN]);
  });

  it('in switch cards: the form, the admins’ message, the decline form, the answers to the mentee', () => {
    const evil: Group = { id: 'g-evil', name: EVIL_GROUP, kind: 'cohort', channelId: undefined, introducedAt: undefined, active: true };
    const card: SwitchCard = {
      request: {
        id: '65f0000000000000000000aa', menteeId: 'UADA', requestedBy: 'UADA', requesterRole: 'mentee', subject: 'group', fromGroupId: 'g-evil', reason: 'communication',
        details: 'x', preferredGroupId: 'g-evil', status: 'approved', decidedBy: 'UADMIN', decidedAt: new Date('2026-10-31T15:00:00Z'), targetGroupId: 'g-evil',
        adminMessage: '<!here> no', adminMessages: [], createdAt: new Date('2026-10-30T15:00:00Z'), sourceKey: 'view:V1',
      },
      menteeName: EVIL_PERSON,
      fromGroup: evil,
      fromMentorIds: ['UP3'],
      preferredGroup: evil,
      targetGroup: evil,
      targets: [{ group: evil, mentees: 1, sameCommunity: true }],
      suggestedGroupId: 'g-evil',
      unfinished: [],
      zone: 'America/Chicago',
    };
    expectEscaped(buildAdminMessage(card), [GROUP_SHOWN, '<@UADA>']);
    expectEscaped(buildAdminMessage({ ...card, request: { ...card.request, status: 'open' } }), [GROUP_SHOWN]);
    expectEscaped(buildDeclineModal(card), [PERSON_SHOWN]);
    const declined = buildDeclined({ ...card, request: { ...card.request, status: 'declined' } });
    expect(declined.text).not.toContain('<!here>');
    expectEscaped(buildMenteeMoved({ menteeId: 'UADA', group: evil, mentorIds: ['UP3'], movedRequests: 0 } as Parameters<typeof buildMenteeMoved>[0]), [GROUP_SHOWN, '<@UP3>']);
    for (const asMentor of [true, false]) {
      const modal = buildSwitchModal({ kind: 'form', asMentor, menteeId: 'UADA', menteeName: EVIL_PERSON, fromGroupName: EVIL_GROUP, targets: [] });
      expectEscaped(modal, asMentor ? [PERSON_SHOWN, GROUP_SHOWN] : [GROUP_SHOWN]);
    }
  });

  it('in a clinical nudge: the mentee’s name and the rotation’s subject from the rotations file', () => {
    const nudge = { kind: 'mid', key: 'k', recipientId: 'UP3', zone: ZONE, menteeId: 'UADA', rotation: { id: 'R1', subject: EVIL_GROUP, start: '2026-10-01', end: '2026-10-31' }, days: 2, daysLeft: 2, date: '2026-10-16', minutes: 0, required: 120 } as unknown as RotationNudge;
    expectEscaped(buildRotationNudge(nudge, EVIL_PERSON), [PERSON_SHOWN, GROUP_SHOWN]);
  });
});
