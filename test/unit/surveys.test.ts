import { describe, expect, it } from 'vitest';
import { itemAverages, resultsByGroup, responseRate, cohortResults, MIN_GROUP_ANSWERS, type ScoredAnswer } from '../../src/features/surveys/domain/results.js';
import { checkAnswer, checkLaunch, isOpen, isReminderDue, type Survey } from '../../src/features/surveys/domain/survey.js';
import { isInAudience } from '../../src/program/audience.js';
import { buildAnswerModal, buildSurveyDm } from '../../src/features/surveys/slack/answer-views.js';
import { buildLaunchModal } from '../../src/features/surveys/slack/launch-views.js';
import { aPerson } from '../support/program-fixture.js';

const answers = (groupId: string | undefined, ...scores: number[][]): ScoredAnswer[] => scores.map((s) => ({ groupId, scores: s }));
const times = (n: number, scores: number[]) => Array.from({ length: n }, () => scores);
const SURVEY: Survey = {
  id: 's1',
  template: 'mentee_semester',
  audience: { roles: ['mentee'], tracks: [] },
  anonymous: true,
  closesOn: '2026-12-18',
  launchedBy: 'U0ADMIN001',
  launchedAt: new Date('2026-12-01T15:00:00Z'),
};

describe('survey results: averages and the rule of 5 answers per group', () => {
  it('averages each item to one decimal, and leaves an item nobody rated without one', () => {
    expect(itemAverages(3, [{ scores: [5, 4, 1] }, { scores: [4, 4, 2] }, { scores: [4, 3, 2] }])).toEqual([4.3, 3.7, 1.7]);
    expect(itemAverages(2, [])).toEqual([undefined, undefined]);
  });

  it('shows a group with 5 answers alone, merges groups with 4 or fewer (and answers of no group) into “other groups”', () => {
    const result = resultsByGroup(1, [...answers('G1', ...times(5, [4])), ...answers('G2', ...times(3, [2])), ...answers('G3', ...times(1, [5])), ...answers(undefined, [1])]);
    expect(result).toEqual({
      groups: [
        { groupId: 'G1', answers: 5, averages: [4] },
        { groupId: 'other', answers: 5, averages: [2.4] },
      ],
      hidden: 0,
    });
  });

  it('shows no merged bucket of fewer than 5 answers: only how many are hidden', () => {
    const result = resultsByGroup(1, [...answers('G1', ...times(6, [3])), ...answers('G2', ...times(4, [1]))]);
    expect(result.groups.map((g) => g.groupId)).toEqual(['G1']);
    expect(result.hidden).toBe(4);
    expect(MIN_GROUP_ANSWERS).toBe(5);
  });

  it('gives a Faculty Mentor their group’s averages only from 5 answers, and never another group’s', () => {
    const list = [...answers('G1', ...times(4, [5, 5, 5, 5])), ...answers('G2', ...times(5, [1, 2, 3, 4]))];
    expect(cohortResults(SURVEY, ['G1'], list)).toEqual([]);
    expect(cohortResults(SURVEY, ['G2'], list)).toEqual([{ survey: SURVEY, groupId: 'G2', answers: 5, averages: [1, 2, 3, 4] }]);
  });

  it('rates answers of the audience as a whole percentage, 0 with nobody concerned', () => {
    expect(responseRate(12, 40)).toBe(30);
    expect(responseRate(0, 0)).toBe(0);
  });
});

describe('launching a survey: the form checked', () => {
  const good = { template: 'mentee_semester', roles: ['mentee'], tracks: [], anonymous: 'yes', closesOn: '2026-12-18' };
  it('takes a template, an audience, anonymous or not and a closing date after today', () => {
    expect(checkLaunch(good, '2026-12-01', ['cohort'])).toEqual({ ok: true, survey: { template: 'mentee_semester', audience: { roles: ['mentee'], tracks: [] }, anonymous: true, closesOn: '2026-12-18' } });
    expect(checkLaunch({ ...good, roles: [], tracks: ['clinical'], anonymous: 'no' }, '2026-12-01', ['cohort', 'clinical']).ok).toBe(true);
  });
  it('refuses each missing or wrong answer, by field', () => {
    const refused = checkLaunch({ template: undefined, roles: [], tracks: [], anonymous: undefined, closesOn: '2026-12-01' }, '2026-12-01', ['cohort']);
    expect(refused).toEqual({
      ok: false,
      problems: [
        { field: 'template', code: 'missing' },
        { field: 'audience', code: 'missing' },
        { field: 'anonymous', code: 'missing' },
        { field: 'closesOn', code: 'not_after_today' },
      ],
    });
    expect(checkLaunch({ ...good, tracks: ['nope'] }, '2026-12-01', ['cohort'])).toEqual({ ok: false, problems: [{ field: 'audience', code: 'unknown' }] });
    expect(checkLaunch({ ...good, closesOn: '2026-11-30' }, '2026-12-01', ['cohort'])).toEqual({ ok: false, problems: [{ field: 'closesOn', code: 'not_after_today' }] });
    expect(checkLaunch({ ...good, closesOn: 'soon' }, '2026-12-01', ['cohort'])).toEqual({ ok: false, problems: [{ field: 'closesOn', code: 'missing' }] });
    // At most 60 days ahead: the invitations' claims must outlive the survey.
    expect(checkLaunch({ ...good, closesOn: '2027-01-30' }, '2026-12-01', ['cohort']).ok).toBe(true);
    expect(checkLaunch({ ...good, closesOn: '2027-01-31' }, '2026-12-01', ['cohort'])).toEqual({ ok: false, problems: [{ field: 'closesOn', code: 'too_far' }] });
  });
});

describe('who a survey is for, when it is open, when the reminder is due', () => {
  it('concerns active people holding one of its roles in one of its tracks; never an admin as such', () => {
    const mentee = aPerson({ id: 'U1', roles: ['mentee'] });
    const clinicalMentor = aPerson({ id: 'U2', roles: ['peer_mentor'], tracks: [{ track: 'clinical', role: 'peer_mentor' }] });
    const admin = aPerson({ id: 'U3', roles: ['admin'] });
    expect(isInAudience(mentee, { roles: ['mentee'], tracks: [] })).toBe(true);
    expect(isInAudience({ ...mentee, active: false }, { roles: ['mentee'], tracks: [] })).toBe(false);
    expect(isInAudience(clinicalMentor, { roles: ['peer_mentor'], tracks: ['cohort'] })).toBe(false);
    expect(isInAudience(clinicalMentor, { roles: [], tracks: ['clinical'] })).toBe(true);
    expect(isInAudience(admin, { roles: [], tracks: ['cohort'] })).toBe(false);
  });
  it('is open through its closing date; reminds from 3 days before it', () => {
    expect(isOpen(SURVEY, '2026-12-18')).toBe(true);
    expect(isOpen(SURVEY, '2026-12-19')).toBe(false);
    expect(isReminderDue(SURVEY, '2026-12-14')).toBe(false);
    expect(isReminderDue(SURVEY, '2026-12-15')).toBe(true);
    expect(isReminderDue(SURVEY, '2026-12-18')).toBe(true);
    expect(isReminderDue(SURVEY, '2026-12-19')).toBe(false);
  });
});

describe('an answer checked', () => {
  it('needs every item rated 1–5, and free text of at most 1,000 characters (blank is none)', () => {
    expect(checkAnswer('mentee_semester', { scores: ['5', '4', '3', '1'], text: '  ' })).toEqual({ ok: true, scores: [5, 4, 3, 1], text: undefined });
    expect(checkAnswer('mentee_semester', { scores: ['5', undefined, '6', '1'], text: 'x'.repeat(1_001) })).toEqual({
      ok: false,
      problems: [
        { code: 'unanswered', item: 1 },
        { code: 'unanswered', item: 2 },
        { code: 'too_long', length: 1_001 },
      ],
    });
  });
});

describe('the survey’s views', () => {
  it('draws the launch form with the program’s tracks, the answer form with 1–5 per item, and the DM with its button', () => {
    expect(JSON.stringify(buildLaunchModal(['cohort', 'clinical']))).toContain('Clinical track');
    const form = buildAnswerModal(SURVEY);
    expect(form.blocks.filter((b) => b.type === 'input')).toHaveLength(5);
    expect(form.private_metadata).toBe('s1');
    expect(JSON.stringify(buildSurveyDm(SURVEY, false))).toContain('"action_id":"survey_open","value":"s1"');
  });
});
