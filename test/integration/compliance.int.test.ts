import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewContact } from '../../src/program/records/contact.js';
import { seedProgram } from '../support/program-fixture.js';
import { startApp, type RecordingApp } from '../support/app-harness.js';

let seq = 0;
const aContact = (overrides: Partial<NewContact>): NewContact => ({
  mentorId: 'P3',
  menteeIds: ['M1'],
  at: new Date(`${overrides.date ?? '2026-09-01'}T17:00:00Z`),
  date: '2026-09-01',
  kind: 'slack',
  group: false,
  minutes: 10,
  note: undefined,
  source: 'logged',
  sourceKey: `c-${++seq}`,
  createdAt: new Date('2026-09-30T00:00:00Z'),
  ...overrides,
});

describe('reading the rules from the ledger (a mentee who changed group, both mentors, every source)', () => {
  let h: RecordingApp;
  beforeAll(async () => {
    h = await startApp({ label: 'compliance', env: { PROGRAM_TIMEZONE: 'America/Chicago' }, recording: true, counted: true });
    const groups = await seedProgram(h.stores.roster, {
      people: [{ id: 'P3', roles: ['peer_mentor'] }, { id: 'P4', roles: ['peer_mentor'] }, { id: 'P7', roles: ['peer_mentor'] }, { id: 'M1' }, { id: 'M2' }],
      groups: [
        { name: 'Blue', mentors: ['P3', 'P4'], mentees: ['M1', 'M2'] },
        { name: 'Green', mentors: ['P7'] },
      ],
    });
    // M1 moves from Blue to Green on 15 September.
    const moved = new Date('2026-09-15T17:00:00Z');
    await h.stores.roster.closeMemberships([{ groupId: groups.get('Blue')!.id, personId: 'M1', role: 'mentee' }], moved);
    await h.stores.roster.openMemberships([{ groupId: groups.get('Green')!.id, personId: 'M1', role: 'mentee' }], moved);
    await h.stores.contacts.record(aContact({ mentorId: 'P3', menteeIds: ['M1'], date: '2026-09-03', kind: 'call', minutes: 25 }));
    await h.stores.contacts.record(aContact({ mentorId: 'P7', menteeIds: ['M1'], date: '2026-09-22', kind: 'video', minutes: 40, source: 'prompt' }));
    await h.stores.contacts.record(aContact({ mentorId: 'P4', menteeIds: ['M2'], date: '2026-09-10', source: 'request_response', minutes: 0 }));
    await h.stores.contacts.record(aContact({ mentorId: 'P3', menteeIds: ['M1', 'M2'], date: '2026-08-28', kind: 'in_person', group: true, minutes: 60 }));
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('says, per mentee, whether the month’s and the semester’s rules were met and by which contacts, in one query', async () => {
    h.counts.clear();
    const report = await h.useCases.readCompliance(['M1', 'M2'], '2026-09');
    expect(h.counts.get('contacts.findForMentees')).toBe(1);
    expect(report.month).toMatchObject({ key: '2026-09', active: true });
    expect(report.semester?.key).toBe('2026-Fall');
    const m1 = report.monthly.get('M1')!;
    expect(m1.communicated).toBe(true);
    expect(m1.contacts.map((c) => [c.mentorId, c.date])).toEqual([
      ['P3', '2026-09-03'],
      ['P7', '2026-09-22'],
    ]);
    expect(report.monthly.get('M2')).toMatchObject({ communicated: true, contacts: [expect.objectContaining({ mentorId: 'P4', source: 'request_response' })] });
    expect(report.semesterly.get('M1')?.meetings.map((c) => [c.mentorId, c.kind])).toEqual([
      ['P3', 'in_person'],
      ['P7', 'video'],
    ]);
    expect(report.semesterly.get('M2')?.met).toBe(true);
    const october = await h.useCases.readCompliance(['M1', 'M2'], '2026-10');
    expect([...october.monthly.values()].map((s) => s.communicated)).toEqual([false, false]);
    expect([...october.semesterly.values()].map((s) => s.met)).toEqual([true, true]);
  });

  it('adds each mentor’s minutes in the month', async () => {
    const minutes = await h.useCases.readMentorMinutes(['P3', 'P4', 'P7'], '2026-09');
    expect([...minutes].map(([id, m]) => [id, m.minutes])).toEqual([
      ['P3', 25],
      ['P4', 0],
      ['P7', 40],
    ]);
    expect((await h.useCases.readMentorMinutes(['P3'], '2026-08')).get('P3')?.minutes).toBe(60);
  });
});
