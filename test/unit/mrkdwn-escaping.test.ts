import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/program/overview/build-digest.js';
import { buildProgramDigest } from '../../src/program/overview/build-program-digest.js';
import { splitRows } from '../../src/program/overview/split-rows.js';
import type { Group } from '../../src/program/roster.js';
import { buildCohortDigestMessage, buildProgramDigestMessage } from '../../src/program/slack/overview-view.js';
import { buildIntroductionMessage, buildNewcomersMessage, buildWelcomeDm } from '../../src/features/roster/slack/introduction-message.js';
import { buildImportSummaryMessage } from '../../src/features/roster/slack/admin-views.js';
import { buildPreviewModal } from '../../src/features/roster/slack/preview-views.js';
import { buildEndedMessage } from '../../src/features/roster/slack/ending-views.js';
import { buildAdminMessage, buildDeclineModal, buildDeclined, buildMenteeMoved, buildSwitchModal } from '../../src/features/switching/slack/switch-views.js';
import type { SwitchCard } from '../../src/features/switching/outcomes.js';
import { buildRotationNudge } from '../../src/features/clinical/slack/rotation-nudge-views.js';
import type { RotationNudge } from '../../src/features/clinical/domain/rotation-nudges.js';
import { CALENDAR, NOW, ZONE, fixedState } from '../support/program-fixture.js';
import { mrkdwnTexts } from '../support/mrkdwn-texts.js';
import type { Goal, MenteeGoals } from '../../src/features/goals/domain/goal.js';
import { revisitPointOn } from '../../src/features/goals/domain/revisit-points.js';
import { buildGoalsSaved } from '../../src/features/goals/slack/goals-views.js';
import { createGoalHomeSections } from '../../src/features/goals/slack/home-sections.js';
import { createGoalPromptNotes } from '../../src/features/goals/slack/prompt-notes.js';
import { buildMentorTold, buildRevisitMessage } from '../../src/features/goals/slack/revisit-views.js';
import type { Training } from '../../src/features/trainings/domain/training.js';
import { createTrainingHomeSections } from '../../src/features/trainings/slack/home-sections.js';
import { buildAdminMessage as buildTrainingAdminMessage, buildAttendanceModal, buildInviteeMessage } from '../../src/features/trainings/slack/training-views.js';
import type { SurveyResults } from '../../src/features/surveys/domain/results.js';
import { createSurveyHomeSections } from '../../src/features/surveys/slack/results-views.js';
import { buildUnreachedAlert } from '../../src/features/contacts/slack/answer-views.js';
import { buildCheckinPromptMessage, buildCheckinRefusal } from '../../src/features/contacts/slack/checkin-views.js';
import { programMonth, semesterOf } from '../../src/program/calendar.js';

/** A roster name and a group name that would ping the channel or hide a link if put into mrkdwn as they are. */
const EVIL_PERSON = '<!channel> Evil';
const EVIL_GROUP = 'Blue <https://evil.example|click> & Co';
const PERSON_SHOWN = '&lt;!channel&gt; Evil';
const GROUP_SHOWN = 'Blue &lt;https://evil.example|click&gt; &amp; Co';
/** A training's title (and place) and a goal's words, as an admin or a mentee might type them. */
const EVIL_TITLE = '<https://evil.example|click> & Co';
const TITLE_SHOWN = '&lt;https://evil.example|click&gt; &amp; Co';
const EVIL_WORDS = '<!here> pass Step 1';
const WORDS_SHOWN = '&lt;!here&gt; pass Step 1';

/** No markup from the names gets through; the names are shown, escaped, where they are shown. */
function expectEscaped(value: unknown, shown: readonly string[]): void {
  const texts = mrkdwnTexts(value).join('\n');
  expect(texts).not.toContain('<!channel>');
  expect(texts).not.toContain('<!here>');
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
    expect(mrkdwnTexts(buildWelcomeDm('UADA', 'mentee', group, 'C1')).join('\n')).toContain('<@UP3>');
  });

  it('in the roster import’s warnings to the admin, which quote the file', () => {
    const summary = { rows: 2, peopleCreated: 2, peopleUpdated: 0, peopleUnchanged: 0, peopleDeactivated: 0, groupsCreated: 1, groupsChanged: 0, membershipsOpened: 2, membershipsClosed: 0 };
    const message = buildImportSummaryMessage({
      status: 'dry_run',
      summary,
      warnings: [{ group: EVIL_GROUP, line: undefined, message: `${EVIL_PERSON} is a peer mentor of 2 cohorts (${EVIL_GROUP}, Green).` }],
      introductions: undefined,
      preview: { sections: [] },
      fingerprint: 'f',
    });
    expectEscaped(message, [PERSON_SHOWN, GROUP_SHOWN]);
  });

  it('in the import’s preview, which lists people and groups by name from the file', () => {
    const preview = {
      sections: [
        { kind: 'add' as const, count: 1, lines: [{ name: EVIL_PERSON, detail: undefined }] },
        { kind: 'move' as const, count: 1, lines: [{ name: EVIL_PERSON, detail: `${EVIL_GROUP} → Green, mentee` }] },
      ],
    };
    const modal = buildPreviewModal({ previewId: 'P1', prune: false, summary: { rows: 1, peopleCreated: 1, peopleUpdated: 0, peopleUnchanged: 0, peopleDeactivated: 0, groupsCreated: 0, groupsChanged: 0, membershipsOpened: 0, membershipsClosed: 0 }, warnings: [], preview, fingerprint: 'f' });
    expectEscaped({ text: '', blocks: modal.blocks }, [PERSON_SHOWN, GROUP_SHOWN]);
  });

  it('in the DM to someone whose membership ended', () => {
    expectEscaped(buildEndedMessage(EVIL_GROUP), [GROUP_SHOWN]);
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

/** The plain_text objects of a view (headers, labels, options): shown literally by Slack, so never escaped. */
function plainOf(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o['type'] === 'plain_text' && typeof o['text'] === 'string') out.push(o['text']);
      Object.values(o).forEach(walk);
    }
  };
  walk(value);
  return out;
}

const reader = { zone: ZONE };

describe('goals, trainings, surveys and the check-in prompt’s answers escape what people typed in mrkdwn', () => {
  const goal: Goal = { id: 'g1', words: EVIL_WORDS, category: 'academics', targetMonth: '2026-12' };
  const goals: MenteeGoals = { menteeId: 'UADA', goals: [goal], updatedAt: NOW };

  it('goals: the saved reply, both Home sections, the revisit DM, the mentor told which goal, the prompt’s note', async () => {
    expectEscaped(buildGoalsSaved([goal]), [WORDS_SHOWN]);
    const [mentee, mentor] = createGoalHomeSections({ ownGoals: async () => goals, mentorGoals: async () => ({ goals: [goals] }) });
    expectEscaped({ blocks: mentee!.draw(goals, reader) }, [WORDS_SHOWN]);
    expectEscaped({ blocks: mentor!.draw({ goals: [goals] }, reader) }, [WORDS_SHOWN, '<@UADA>']);
    const point = revisitPointOn('2026-10-16', CALENDAR)!;
    expectEscaped(buildRevisitMessage({ menteeId: 'UADA', point, goals: [goal], answers: new Map([['g1', 'stuck']]) }), [WORDS_SHOWN]);
    expectEscaped(buildMentorTold('UADA', goal), [WORDS_SHOWN, '<@UADA>']);
    const notes = await createGoalPromptNotes(async () => [goals]).notes('UP3', ['UADA'], NOW);
    const month = programMonth('2026-10', CALENDAR);
    const prompt = buildCheckinPromptMessage({ mentorId: 'UP3', month, semester: semesterOf(month.from, CALENDAR), mentees: [{ id: 'UADA', name: EVIL_PERSON, communicated: false, met: false, attempts: 1, notes: [notes.get('UADA')!] }] });
    expectEscaped(prompt, [WORDS_SHOWN, '*<@UADA>*']);
  });

  const training: Training = {
    id: 'T1', title: EVIL_TITLE, startsAt: new Date('2026-12-10T15:00:00Z'), place: EVIL_TITLE, audience: { roles: ['peer_mentor'], tracks: [] }, required: true,
    createdBy: 'UADMIN', createdAt: NOW, zone: ZONE, adminMessage: undefined,
  };
  const invitee = { trainingId: 'T1', personId: 'UP3', name: EVIL_PERSON, addedAt: NOW, invitedAt: undefined, answer: 'yes' as const, answeredAt: undefined, attended: true, attendanceBy: undefined, attendanceAt: undefined };

  it('trainings: the invitation and reminder (their fallback text too), the admin’s message and attendance form, the admins’ Home', () => {
    for (const kind of ['invitation', 'reminder'] as const) {
      const message = buildInviteeMessage({ kind, training, zone: ZONE, answer: undefined });
      expectEscaped(message, [TITLE_SHOWN, `*Where:* ${TITLE_SHOWN}`]);
      expect(message.text).toContain(TITLE_SHOWN);
    }
    const roll = { training, invitees: [invitee] };
    const admin = buildTrainingAdminMessage(roll);
    expectEscaped(admin, [TITLE_SHOWN, PERSON_SHOWN]);
    expect(admin.text).toBe(`Training: ${TITLE_SHOWN}`);
    // The header is plain_text: the title as typed.
    expect(plainOf(admin.blocks)).toContain(EVIL_TITLE);
    const form = buildAttendanceModal(roll);
    expectEscaped(form, [TITLE_SHOWN]);
    expect(plainOf(form)).toContain(EVIL_PERSON);
    const missing = createTrainingHomeSections({ readMissing: async () => ({ pastRequired: 1, missing: [] }) })[0]!;
    const content = { pastRequired: 1, missing: [{ personId: 'UP3', trainings: [training] }] } as unknown as Parameters<typeof missing.draw>[0];
    expectEscaped({ blocks: missing.draw(content, reader) }, [TITLE_SHOWN, '<@UP3>']);
  });

  it('surveys: a group’s name in the admins’ results on Home', () => {
    const survey = { id: 'S1', template: 'mentee_semester', audience: { roles: ['mentee'], tracks: [] }, anonymous: true, closesOn: '2026-10-31', launchedBy: 'UADMIN', launchedAt: NOW } as unknown as SurveyResults['survey'];
    const results: SurveyResults = { survey, open: true, audience: 10, answered: 6, averages: [4], byGroup: { groups: [{ groupId: 'G1', answers: 6, averages: [4] }], hidden: 0 } };
    const admin = createSurveyHomeSections({ readResults: async () => ({ results: [], groupNames: new Map() }), readCohortResults: async () => ({ results: [], surveys: 0 }) } as unknown as Parameters<typeof createSurveyHomeSections>[0])[0]!;
    expectEscaped({ blocks: admin.draw({ results: [results], groupNames: new Map([['G1', EVIL_GROUP]]) } as unknown as Parameters<typeof admin.draw>[0], reader) }, [`${GROUP_SHOWN} (6 answers)`]);
  });

  it('check-ins: the Faculty Mentor’s “not reached” alert, and a one-line check-in’s refusal quoting its words', () => {
    expectEscaped(buildUnreachedAlert({ id: 'UADA', name: EVIL_PERSON }), [PERSON_SHOWN, '(<@UADA>)']);
    const refusal = buildCheckinRefusal([
      { field: 'mentees', code: 'plain_name', word: '<!channel>' },
      { field: 'kind', code: 'unknown_kind', word: EVIL_TITLE },
      { field: 'text', code: 'unexpected_words', words: ['<!here>', 'now'] },
    ]);
    expectEscaped(refusal, ['who &lt;!channel&gt; is', `“${TITLE_SHOWN}”`, '“&lt;!here&gt; now”']);
  });
});
