import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/program/overview/build-digest.js';
import { buildProgramDigest } from '../../src/program/overview/build-program-digest.js';
import type { ProgramState } from '../../src/program/overview/program-state.js';
import { buildMenteeSection, buildMentorSection } from '../../src/features/home/domain/home.js';
import type { PersonHome } from '../../src/features/home/ports.js';
import { menteeHomeSection, mentorHomeSection } from '../../src/features/home/slack/home-sections.js';
import { adminHomeSection, facultyHomeSection } from '../../src/features/digests/slack/home-sections.js';
import { homeSectionOf } from '../../src/slack/home-section.js';
import type { Membership, Person } from '../../src/program/roster.js';
import { HOME_MAX_BLOCKS, buildHomeView } from '../../src/features/home/slack/home-view.js';
import { buildExportModal, buildExportModalErrors } from '../../src/features/exports/slack/export-views.js';
import { offlineFeatures } from '../support/offline-features.js';
import { CALENDAR, NOW, ZONE, aRequest, anAway, fixedState } from '../support/program-fixture.js';

const settings = { calendar: CALENDAR, zone: ZONE };

type AnyBlock = { type: string; block_id?: string; text?: { text: string }; elements?: { action_id?: string; text?: string | { text: string } }[] };
const blocks = (home: PersonHome) => buildHomeView(home).blocks as unknown as AnyBlock[];
const textOf = (home: PersonHome) => blocks(home).map((b) => b.text?.text ?? (b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : '')).join(' ')).join('\n');
const buttons = (home: PersonHome) => blocks(home).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []).map((e) => e.action_id) : []));
const homeOf = (sections: PersonHome['sections'], zone = ZONE): PersonHome => ({ userId: 'U1', zone, sections, adminIds: ['UADMIN1'] });

describe('Home sections (domain)', () => {
  it('gives a mentee their mentors (and who is away now), their faculty mentor, and their requests not yet closed', () => {
    const state = fixedState();
    const away = { ...state, away: [...state.away, anAway({ mentorId: 'P3', start: '2026-10-05', end: '2026-10-09' })] };
    const section = buildMenteeSection(away, 'M1', NOW);
    expect(section.mentors).toEqual([
      { id: 'P3', awayUntil: '2026-10-09' },
      { id: 'P4', awayUntil: undefined },
      { id: 'L1', awayUntil: undefined },
    ]);
    expect(section.facultyIds).toEqual(['F1']);
    expect(section.requests.map((r) => [r.id, r.status, r.overdue])).toEqual([['R2', 'claimed', false]]);
    expect(JSON.stringify(section)).not.toContain('renal block');
  });

  it('gives a mentor each mentee’s status this month and semester, the requests waiting on them (earliest deadline first), their time away', () => {
    const section = buildMentorSection(fixedState(), 'P4', NOW, settings);
    expect(section.mentees.map((m) => [m.id, m.lastCommunication?.date, m.lastMeeting?.date])).toEqual([
      ['M1', '2026-10-03', '2026-09-20'],
      ['M2', undefined, '2026-08-20'],
      ['M3', undefined, undefined],
    ]);
    expect(section.waiting.map((r) => [r.id, r.overdue, r.claimedBy])).toEqual([
      ['R1', true, undefined],
      ['R2', false, 'P4'],
    ]);
    expect(section.away).toEqual([{ mentorId: 'P4', start: '2026-10-12', end: '2026-10-16' }]);
    expect(buildMentorSection(fixedState(), 'P7', NOW, settings).waiting.map((r) => r.id)).toEqual(['R6']);
  });
});

describe('the Home tab (views)', () => {
  const state = fixedState();
  // Each section as its feature contributes it: Home's own (mentee, mentor) and the digests' (faculty, admin).
  const mentee = homeSectionOf(menteeHomeSection, buildMenteeSection(state, 'M1', NOW));
  const mentor = homeSectionOf(mentorHomeSection, buildMentorSection(state, 'P4', NOW, settings));
  const faculty = homeSectionOf(facultyHomeSection, buildDigest({ ...state, groupIds: ['G1'] }, NOW, settings));
  const admin = homeSectionOf(adminHomeSection, buildProgramDigest(state, NOW, settings));

  it('shows a mentee their mentors, their requests with status and deadline, and Ask for help / Switch mentors', () => {
    const home = homeOf([mentee]);
    const text = textOf(home);
    expect(text).toContain('*Your peer mentors:* <@P3>, <@P4>, <@L1>');
    expect(text).toContain('*Your faculty mentor:* <@F1>');
    expect(text).toContain('• Study tips — a mentor is on it; reply due by Tue, Oct 6, 5:00 AM CDT');
    expect(buttons(home)).toEqual(['home_ask_for_help', 'home_switch_mentors']);
  });

  it('shows a mentor each mentee’s status, what waits on them with deadlines, their time away, and Log a contact / Time away', () => {
    const home = homeOf([mentor]);
    const text = textOf(home);
    expect(text).toContain('October 2026 · Fall 2026');
    expect(text).toContain('• <@M2> — :white_circle: no communication yet in October 2026 · :white_check_mark: met Thu 20 Aug 2026 (<@P3>)');
    expect(text).toContain('• <@M2> — Study tips; reply by Sat, Oct 3, 7:00 AM CDT :red_circle: overdue');
    expect(text).toContain('• <@M1> — Study tips; reply by Tue, Oct 6, 5:00 AM CDT · taken by <@P4>');
    expect(text).toContain('Your time away: Mon 12 Oct 2026 – Fri 16 Oct 2026');
    expect(buttons(home)).toEqual(['home_log_contact', 'home_time_away']);
  });

  it('shows deadlines in the reader’s own zone', () => {
    expect(textOf(homeOf([mentor], 'Asia/Tokyo'))).toContain('reply by Tue, Oct 6, 7:00 PM GMT+9');
  });

  it('shows a faculty mentor the cohort at a glance, and an admin the program with Import, Introduce and Export', () => {
    const text = textOf(homeOf([faculty]));
    expect(text).toContain('Your cohort: Blue-Okafor');
    expect(text).toContain('Needs your attention first');
    expect(text).toContain('• <@M3> — :white_circle: no communication yet in October 2026');
    expect(buttons(homeOf([faculty]))).toEqual([]);
    const adminHome = homeOf([admin]);
    expect(textOf(adminHome)).toContain('*Program:* 3 groups, 4 mentees');
    expect(textOf(adminHome)).toContain('*Groups needing attention*');
    expect(buttons(adminHome)).toEqual(['home_import_roster', 'home_introduce', 'home_export_csv']);
  });

  it('stacks a section per role for a person with several, within Slack’s 100 blocks even with long lists', () => {
    const person = (id: string): Person => ({ id, name: `Mentee ${id}`, email: undefined, roles: ['mentee'], year: 1, mdphd: false, timezone: undefined, active: true });
    const many = Array.from({ length: 120 }, (_, i) => person(`UM${String(i).padStart(4, '0')}`));
    const big: ProgramState = {
      ...state,
      people: new Map([...state.people, ...many.map((p) => [p.id, p] as const)]),
      memberships: [...state.memberships, ...many.map((p): Membership => ({ groupId: 'G1', personId: p.id, role: 'mentee', from: new Date('2026-08-01T00:00:00Z'), to: undefined }))],
      requests: [...state.requests, ...many.map((p, i) => aRequest({ id: `RX${i}`, menteeId: p.id, mentorIds: ['P4'], createdAt: new Date('2026-10-01T00:00:00Z'), deadline: new Date('2026-10-02T00:00:00Z') }))],
    };
    const home = homeOf([
      homeSectionOf(menteeHomeSection, buildMenteeSection(big, 'M1', NOW)),
      homeSectionOf(mentorHomeSection, buildMentorSection(big, 'P4', NOW, settings)),
      homeSectionOf(facultyHomeSection, buildDigest({ ...big, groupIds: ['G1'] }, NOW, settings)),
      homeSectionOf(adminHomeSection, buildProgramDigest(big, NOW, settings)),
    ]);
    const view = buildHomeView(home);
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(HOME_MAX_BLOCKS);
    expect(blocks(home).filter((b) => b.type === 'header').map((b) => b.text!.text)).toEqual(['Your mentoring', 'Your mentees', 'Your cohort: Blue-Okafor', 'The program']);
    expect(buttons(home)).toEqual(['home_ask_for_help', 'home_switch_mentors', 'home_log_contact', 'home_time_away', 'home_import_roster', 'home_introduce', 'home_export_csv']);
    for (const block of blocks(home)) if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(3_000);
    expect(textOf(home)).toContain('…and 93 more.');
  });

  it('tells someone the program does not know what the app is and whom to contact', () => {
    const text = textOf({ userId: 'U9', zone: ZONE, sections: [], adminIds: ['UADMIN1'] });
    expect(text).toContain('peer-mentoring program');
    expect(text).toContain('<@UADMIN1>');
  });
});

describe('the export form', () => {
  it('offers the kinds the features contribute and optional months, and puts each problem under its field', () => {
    // The tables the features contribute, as the exports feature lists them.
    const exports = offlineFeatures().exports.useCases;
    const modal = buildExportModal(exports.exportTables());
    expect(modal.callback_id).toBe('export_submit');
    const kinds = (modal.blocks as unknown as { block_id?: string; element?: { options?: { value: string }[] } }[]).find((b) => b.block_id === 'export_kind')!.element!.options!;
    expect(kinds.map((o) => o.value)).toEqual(['contacts', 'requests', 'compliance', 'concerns', 'switches', 'memberships', 'rotations', 'hours', 'parents', 'goals', 'trainings', 'audit']);
    expect(buildExportModalErrors({ code: 'bad_month', option: 'from', value: '2026-13' }, exports.exportKinds())).toEqual({ export_from: '“2026-13” is not a month: `--from` takes YYYY-MM, e.g. 2026-09.' });
    expect(Object.keys(buildExportModalErrors({ code: 'from_after_to', from: '2026-10', to: '2026-09' }, exports.exportKinds()))).toEqual(['export_to']);
  });
});
