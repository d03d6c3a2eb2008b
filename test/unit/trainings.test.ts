import { describe, expect, it } from 'vitest';
import { concernedPeople, trainingKeys, type Invitee, type Training } from '../../src/features/trainings/domain/training.js';
import { isInAudience } from '../../src/program/audience.js';
import { readTrainingForm, type TrainingFormInput } from '../../src/features/trainings/domain/training-form.js';
import { missingRequired, trainingRows } from '../../src/features/trainings/domain/training-rows.js';
import { dueTrainingDeliveries, isReminderDue, reminderDay } from '../../src/features/trainings/domain/training-schedule.js';
import { createTrainingDigestLines, createTrainingHomeSections } from '../../src/features/trainings/slack/home-sections.js';
import { buildAdminMessage, buildAttendanceModal, buildTrainingErrors } from '../../src/features/trainings/slack/training-views.js';
import type { Person } from '../../src/program/roster.js';

const CHICAGO = 'America/Chicago';
const TOKYO = 'Asia/Tokyo';
const at = (iso: string) => new Date(iso);

const person = (id: string, over: Partial<Person> = {}): Person => ({ id, name: id, email: undefined, roles: ['mentee'], year: 1, mdphd: false, timezone: undefined, active: true, ...over });
const clinical = (id: string, role: 'mentee' | 'peer_mentor' | 'admin') => person(id, { roles: [role], tracks: [{ track: 'clinical', role }] });

const training = (over: Partial<Training> = {}): Training => ({
  id: 'T1',
  title: 'Boundaries and referrals',
  startsAt: at('2026-12-10T15:00:00Z'),
  place: 'Room 4',
  audience: { roles: ['peer_mentor'], tracks: [] },
  required: true,
  createdBy: 'ADMIN',
  createdAt: at('2026-12-01T15:00:00Z'),
  zone: CHICAGO,
  adminMessage: undefined,
  ...over,
});
const invitee = (personId: string, over: Partial<Invitee> = {}): Invitee => ({
  trainingId: 'T1',
  personId,
  addedAt: at('2026-12-01T15:00:00Z'),
  invitedAt: undefined,
  answer: undefined,
  answeredAt: undefined,
  attended: false,
  attendanceBy: undefined,
  attendanceAt: undefined,
  ...over,
});

describe('who a training concerns', () => {
  const people = [
    person('MENTEE'),
    person('MENTOR', { roles: ['peer_mentor'] }),
    person('FACULTY', { roles: ['faculty'] }),
    person('ADMIN', { roles: ['admin'] }),
    person('GONE', { roles: ['peer_mentor'], active: false }),
    clinical('CLIN_MENTOR', 'peer_mentor'),
    clinical('CLIN_MENTEE', 'mentee'),
    clinical('OFFICE', 'admin'),
    person('BOTH', { roles: ['mentee', 'peer_mentor'], tracks: [{ track: 'cohort', role: 'mentee' }, { track: 'clinical', role: 'peer_mentor' }] }),
  ];
  const ids = (audience: Parameters<typeof concernedPeople>[1]) => concernedPeople(people, audience).map((p) => p.id);

  it('takes the active people holding a chosen role, in any track when none is chosen', () => {
    expect(ids({ roles: ['peer_mentor'], tracks: [] })).toEqual(['MENTOR', 'CLIN_MENTOR', 'BOTH']);
    expect(ids({ roles: ['faculty', 'mentee'], tracks: [] })).toEqual(['MENTEE', 'FACULTY', 'CLIN_MENTEE', 'BOTH']);
  });

  it('takes every role of a chosen track (admins aside) when no role is chosen', () => {
    expect(ids({ roles: [], tracks: ['clinical'] })).toEqual(['CLIN_MENTOR', 'CLIN_MENTEE', 'BOTH']);
  });

  it('takes the chosen roles in the chosen tracks when both are chosen: a role held in another track does not count', () => {
    expect(ids({ roles: ['peer_mentor'], tracks: ['cohort'] })).toEqual(['MENTOR']);
    expect(ids({ roles: ['mentee'], tracks: ['clinical'] })).toEqual(['CLIN_MENTEE']);
  });

  it('never asks admins, or people no longer active', () => {
    expect(isInAudience(person('ADMIN', { roles: ['admin'] }), { roles: [], tracks: ['cohort'] })).toBe(false);
    expect(isInAudience(person('GONE', { roles: ['peer_mentor'], active: false }), { roles: ['peer_mentor'], tracks: [] })).toBe(false);
  });
});

describe('the training form', () => {
  const now = at('2026-12-01T15:00:00Z');
  const form = (over: Partial<TrainingFormInput> = {}): TrainingFormInput => ({
    title: 'Boundaries and referrals',
    date: '2026-12-10',
    time: '09:00',
    place: 'https://video.example/abc',
    roles: ['peer_mentor'],
    tracks: [],
    required: true,
    ...over,
  });
  const read = (over: Partial<TrainingFormInput> = {}, zone = CHICAGO) => readTrainingForm(form(over), { zone, now, tracks: ['cohort', 'clinical'] });

  it('reads the date and time as the admin’s clock shows them', () => {
    expect(read()).toMatchObject({ ok: true, draft: { startsAt: at('2026-12-10T15:00:00Z'), place: 'https://video.example/abc', audience: { roles: ['peer_mentor'], tracks: [] } } });
    expect(read({}, TOKYO)).toMatchObject({ ok: true, draft: { startsAt: at('2026-12-10T00:00:00Z') } });
  });

  it('refuses every problem at once, by field', () => {
    const out = read({ title: ' ', date: undefined, time: undefined, roles: [], tracks: [] });
    expect(out.ok).toBe(false);
    expect(!out.ok && out.problems).toEqual([
      { field: 'title', code: 'missing' },
      { field: 'date', code: 'missing' },
      { field: 'time', code: 'missing' },
      { field: 'audience', code: 'none_chosen' },
    ]);
    expect(buildTrainingErrors(!out.ok ? out.problems : [])).toEqual({
      training_title: 'Please give the training a title.',
      training_date: 'Please pick the date.',
      training_time: 'Please pick the time.',
      training_tracks: 'Please choose who must attend: at least one role or one track.',
    });
  });

  it('refuses a title over 150 characters, a place over 300, a track the program does not have', () => {
    expect(read({ title: 'x'.repeat(150) }).ok).toBe(true);
    const out = read({ title: 'x'.repeat(151), place: 'y'.repeat(301), tracks: ['premed'] });
    expect(!out.ok && out.problems.map((p) => `${p.field}:${p.code}`)).toEqual(['title:too_long', 'place:too_long', 'audience:unknown_track']);
  });

  it('refuses a time that has passed by the admin’s clock, and takes one a minute ahead', () => {
    // 09:00 in Chicago on Dec 1 is 15:00 UTC: now.
    expect(!read({ date: '2026-12-01', time: '09:00' }).ok && read({ date: '2026-12-01', time: '09:00' })).toMatchObject({ problems: [{ field: 'time', code: 'past' }] });
    expect(read({ date: '2026-12-01', time: '09:01' }).ok).toBe(true);
    // The same wall time in Tokyo passed hours ago.
    expect(read({ date: '2026-12-01', time: '23:59' }, TOKYO).ok).toBe(false);
  });
});

describe('the day-before reminder, by each person’s calendar', () => {
  // 15:00 UTC on Dec 10: 09:00 in Chicago, midnight starting Dec 11 in Tokyo.
  const t = training();

  it('falls on the day before the training’s date in the person’s zone', () => {
    expect(reminderDay(t, CHICAGO)).toBe('2026-12-09');
    expect(reminderDay(t, TOKYO)).toBe('2026-12-10');
  });

  it.each([
    ['2026-12-09T05:59:00Z', CHICAGO, false], // 23:59 on Dec 8 in Chicago
    ['2026-12-09T06:00:00Z', CHICAGO, true], // midnight starting Dec 9
    ['2026-12-10T05:59:00Z', CHICAGO, true], // 23:59 on Dec 9
    ['2026-12-10T06:00:00Z', CHICAGO, false], // the training’s own day
    ['2026-12-09T14:59:00Z', TOKYO, false], // 23:59 on Dec 9 in Tokyo
    ['2026-12-09T15:00:00Z', TOKYO, true], // Dec 10 in Tokyo
    ['2026-12-10T14:59:00Z', TOKYO, true],
    ['2026-12-10T15:00:00Z', TOKYO, false], // it has started
  ])('at %s in %s: due %s', (now, zone, due) => {
    expect(isReminderDue(t, zone, at(now))).toBe(due);
  });

  it('counts the day across a daylight-saving change (Chicago falls back on Nov 1, 2026)', () => {
    const monday = training({ startsAt: at('2026-11-02T15:00:00Z'), createdAt: at('2026-10-20T12:00:00Z') });
    expect(isReminderDue(monday, CHICAGO, at('2026-11-01T05:00:00Z'))).toBe(true); // 00:00 CDT on Nov 1
    expect(isReminderDue(monday, CHICAGO, at('2026-11-02T05:59:00Z'))).toBe(true); // 23:59 CST on Nov 1
    expect(isReminderDue(monday, CHICAGO, at('2026-11-02T06:00:00Z'))).toBe(false); // 00:00 CST on Nov 2
  });

  it('is not sent for a training set up on the reminder day or later: its invitation is the notice', () => {
    const late = training({ createdAt: at('2026-12-09T12:00:00Z') });
    expect(isReminderDue(late, CHICAGO, at('2026-12-09T20:00:00Z'))).toBe(false);
    expect(isReminderDue(late, TOKYO, at('2026-12-09T20:00:00Z'))).toBe(true);
  });
});

describe('the DMs due', () => {
  const zone = (id: string) => (id === 'TOKYO' ? TOKYO : CHICAGO);
  const t = training();

  it('invites each invitee not yet invited, and reminds on the day before those invited who did not decline', () => {
    const invitees = [invitee('NEW'), invitee('YES', { answer: 'yes' }), invitee('NO', { answer: 'no' }), invitee('SILENT'), invitee('TOKYO')];
    const invited = new Set(['YES', 'NO', 'SILENT', 'TOKYO'].map((id) => trainingKeys.invitation('T1', id)));
    // 06:00 on Dec 9 in Chicago (the day before), 21:00 on Dec 9 in Tokyo (two days before, there).
    const due = dueTrainingDeliveries([t], invitees, zone, invited, at('2026-12-09T12:00:00Z'));
    expect(due.invitations.map((d) => [d.recipientId, d.key, d.zone])).toEqual([['NEW', 'training:invite:T1:NEW', CHICAGO]]);
    expect(due.reminders.map((d) => [d.recipientId, d.key])).toEqual([
      ['YES', 'training:remind:T1:YES'],
      ['SILENT', 'training:remind:T1:SILENT'],
    ]);
  });

  it('sends nothing for a training that has started', () => {
    const due = dueTrainingDeliveries([t], [invitee('NEW')], zone, new Set(), at('2026-12-10T15:00:00Z'));
    expect(due).toEqual({ invitations: [], reminders: [] });
  });
});

describe('who missed a required training, and the export', () => {
  const people = new Map([
    ['ADA', person('ADA', { name: 'Ada' })],
    ['BEN', person('BEN', { name: 'Ben' })],
    ['CAL', person('CAL', { name: 'Cal', active: false })],
  ]);
  const past = training();
  const optional = training({ id: 'T2', required: false });
  const later = training({ id: 'T3', startsAt: at('2027-01-10T15:00:00Z') });
  const invitees = [
    invitee('ADA', { attended: true, answer: 'yes' }),
    invitee('BEN', { answer: 'no' }),
    invitee('CAL'),
    invitee('ADA', { trainingId: 'T2' }),
    invitee('BEN', { trainingId: 'T3' }),
  ];

  it('lists the active people not marked as attending a required training that has started', () => {
    expect(missingRequired([past, optional, later], invitees, people, at('2026-12-11T00:00:00Z'))).toEqual([{ personId: 'BEN', trainings: [{ ...past }] }]);
    expect(missingRequired([past], invitees, people, at('2026-12-10T14:59:00Z'))).toEqual([]);
  });

  it('gives one row per person and training: title, date, required, answer, attended', () => {
    expect(trainingRows([past, optional], invitees, people, CHICAGO)).toEqual([
      ['T1', 'Boundaries and referrals', '2026-12-10', '2026-12-10T15:00:00.000Z', 'yes', 'ADA', 'Ada', 'coming', 'yes'],
      ['T1', 'Boundaries and referrals', '2026-12-10', '2026-12-10T15:00:00.000Z', 'yes', 'BEN', 'Ben', 'not_coming', 'no'],
      ['T1', 'Boundaries and referrals', '2026-12-10', '2026-12-10T15:00:00.000Z', 'yes', 'CAL', 'Cal', '', 'no'],
      ['T2', 'Boundaries and referrals', '2026-12-10', '2026-12-10T15:00:00.000Z', 'no', 'ADA', 'Ada', '', 'no'],
    ]);
  });
});

describe('the training’s views', () => {
  const named = (id: string, over: Partial<Invitee> = {}) => ({ ...invitee(id, over), name: `Name ${id}` });

  it('caps the admin’s list of invitees within Slack’s 50 blocks, counting the rest', () => {
    const roll = { training: training(), invitees: Array.from({ length: 120 }, (_, i) => named(`P${String(i).padStart(3, '0')}`, { answer: i % 2 === 0 ? 'yes' : undefined })) };
    const message = buildAdminMessage(roll);
    expect(message.blocks!.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(message.blocks)).toContain('120 people invited · 60 coming · 0 can’t make it · 60 not answered · 0 marked as attended');
    expect(JSON.stringify(message.blocks)).toContain('…and 80 more');
  });

  it('offers more than 100 invitees in groups of 100 on the attendance form, those marked already chosen', () => {
    const roll = { training: training(), invitees: Array.from({ length: 150 }, (_, i) => named(`P${i}`, { attended: i === 3 })) };
    const view = JSON.stringify(buildAttendanceModal(roll));
    expect(view).toContain('"option_groups"');
    expect(view).toContain('"initial_options":[{"value":"P3"');
  });
});

describe('the admins’ digest line', () => {
  it('counts those who missed a required training in the program-wide digest only, and says nothing when no one did', async () => {
    const source = createTrainingDigestLines({ readMissing: () => Promise.resolve({ pastRequired: 1, missing: [{ personId: 'BEN', trainings: [training()] }] }) });
    const count = await source.read(at('2026-12-11T00:00:00Z'));
    expect(source.lines(count, 'all', at('2026-12-11T00:00:00Z'))).toEqual(['• Trainings: 1 person has missed a required training (Home names them).']);
    expect(source.lines(count, ['G1'], at('2026-12-11T00:00:00Z'))).toEqual([]);
    expect(source.lines(0, 'all', at('2026-12-11T00:00:00Z'))).toEqual([]);
  });
});

describe('the admins’ Home section', () => {
  const [source] = createTrainingHomeSections({ readMissing: () => Promise.reject(new Error('not read here')) });
  const draw = (content: unknown) => JSON.stringify(source!.draw(content, { zone: CHICAGO }));

  it('is left out while no required training has been held, then counts first and names each person', () => {
    expect(source!.draw({ pastRequired: 0, missing: [] }, { zone: CHICAGO })).toEqual([]);
    expect(draw({ pastRequired: 1, missing: [] })).toContain('No one has missed a required training.');
    const missing = Array.from({ length: 35 }, (_, i) => ({ personId: `P${i}`, trainings: [training()] }));
    const text = draw({ pastRequired: 1, missing });
    expect(text).toContain('35 people have missed a required training');
    expect(text).toContain('<@P0>: Boundaries and referrals (Thu, Dec 10, 9:00 AM CST)');
    expect(text).toContain('…and 5 more');
    expect(text).not.toContain('<@P34>');
  });
});
