import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewContact } from '../../src/program/records/contact.js';
import { seedProgram } from '../support/program-fixture.js';
import { startApp, type RecordingApp } from '../support/app-harness.js';

let seq = 0;
const aContact = (overrides: Partial<NewContact>): NewContact => ({
  mentorId: 'P3',
  menteeIds: ['M1'],
  at: new Date(`${overrides.date ?? '2026-09-01'}T12:00:00Z`),
  date: '2026-09-01',
  kind: 'slack',
  group: false,
  minutes: 5,
  note: undefined,
  source: 'logged',
  sourceKey: `seed-${++seq}`,
  createdAt: new Date('2026-09-01T12:00:00Z'),
  ...overrides,
});

describe('check-in prompts (job checkin-prompts on the real stores)', () => {
  let h: RecordingApp;
  beforeAll(async () => {
    h = await startApp({ label: 'prompts', env: { PROGRAM_TIMEZONE: 'America/Chicago' }, recording: true, counted: true });
    await seedProgram(h.stores.roster, {
      people: [
        { id: 'P3', roles: ['peer_mentor'] },
        { id: 'P4', roles: ['peer_mentor'] },
        { id: 'P7', roles: ['peer_mentor'], timezone: 'America/Los_Angeles' },
        { id: 'P8', roles: ['peer_mentor'], timezone: 'Asia/Tokyo' },
        { id: 'P0', roles: ['peer_mentor'] },
        { id: 'F1', roles: ['faculty'] },
        { id: 'M1', name: 'Ada' },
        { id: 'M2', name: 'Bo' },
        { id: 'M3', name: 'Cy' },
        { id: 'M4' },
        { id: 'M5' },
      ],
      groups: [
        { name: 'Blue-Okafor', faculty: ['F1'], mentors: ['P3', 'P4'], mentees: ['M1', 'M2', 'M3'] },
        { name: 'Green-Adeyemi', mentors: ['P7'], mentees: ['M4'] },
        { name: 'Red-Tanaka', mentors: ['P8'], mentees: ['M5'] },
        // A mentor without mentees gets no prompt.
        { name: 'Empty', mentors: ['P0'] },
      ],
    });
    // M1: a message from the partner this morning (this month). M2: a video meeting in August (this semester).
    // M3: a call in August, and an undone message today (neither counts for September).
    await h.stores.contacts.record(aContact({ mentorId: 'P4', menteeIds: ['M1'], date: '2026-09-01', source: 'request_response' }));
    await h.stores.contacts.record(aContact({ mentorId: 'P3', menteeIds: ['M2'], date: '2026-08-20', kind: 'video' }));
    await h.stores.contacts.record(aContact({ mentorId: 'P3', menteeIds: ['M3'], date: '2026-08-21', kind: 'call' }));
    const undone = await h.stores.contacts.record(aContact({ mentorId: 'P3', menteeIds: ['M3'], date: '2026-09-01' }));
    await h.stores.contacts.markUndone(undone.contact.id, new Date('2026-09-01T13:00:00Z'));
  });
  afterAll(async () => {
    await h?.stop();
  });

  const promptsFor = (month: string) => h.notifier.of('prompt').filter((c) => c.prompt.month.key === month);

  it('at 09:00 on the first active day sends one prompt to each mentor whose local hour has come, with each mentee’s statuses', async () => {
    // 14:00Z on 1 September: 09:00 in Chicago, 23:00 in Tokyo, 07:00 in Los Angeles.
    const summary = await h.useCases.sendCheckinPrompts(new Date('2026-09-01T14:00:00Z'));
    expect(summary).toEqual({ mentors: 4, due: 3, sent: 3, alreadySent: 0, failed: 0 });
    expect(promptsFor('2026-09').map((c) => c.to).sort()).toEqual(['P3', 'P4', 'P8']);
    const p3 = promptsFor('2026-09').find((c) => c.to === 'P3')!.prompt;
    expect(p3.semester?.key).toBe('2026-Fall');
    expect(p3.mentees).toEqual([
      { id: 'M1', name: 'Ada', communicated: true, met: false },
      { id: 'M2', name: 'Bo', communicated: false, met: true },
      { id: 'M3', name: 'Cy', communicated: false, met: false },
    ]);
    // The partner's prompt shows the same statuses: a contact by either mentor counts.
    expect(promptsFor('2026-09').find((c) => c.to === 'P4')!.prompt.mentees).toEqual(p3.mentees);
  });

  it('sends nothing more on a rerun, and reaches the mentor in Los Angeles when it is 09:00 there', async () => {
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-09-01T14:00:00Z'))).toMatchObject({ due: 3, sent: 0, alreadySent: 3 });
    // 16:05Z: 09:05 in Los Angeles; Tokyo is on 2 September by then.
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-09-01T16:05:00Z'))).toMatchObject({ due: 3, sent: 1, alreadySent: 2 });
    expect(promptsFor('2026-09').map((c) => c.to).sort()).toEqual(['P3', 'P4', 'P7', 'P8']);
    // The next day nobody is due.
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-09-02T16:05:00Z'))).toMatchObject({ due: 0, sent: 0 });
    expect(promptsFor('2026-09')).toHaveLength(4);
  });

  it('sends one prompt per mentor when two instances run at the same time', async () => {
    const now = new Date('2026-10-01T14:05:00Z');
    const summaries = await Promise.all([h.useCases.sendCheckinPrompts(now), h.useCases.sendCheckinPrompts(now), h.useCases.sendCheckinPrompts(now)]);
    expect(summaries.reduce((n, s) => n + s.sent, 0)).toBe(3);
    expect(promptsFor('2026-10').map((c) => c.to).sort()).toEqual(['P3', 'P4', 'P8']);
  });

  it('retries a prompt whose send failed on the next run that day, and only that one', async () => {
    // 1 November: daylight saving has ended in the US, so 09:00 in Chicago is 15:00Z; Tokyo is on 2 November by then.
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-11-01T14:05:00Z'))).toMatchObject({ due: 1, sent: 1 }); // Tokyo only
    h.notifier.failures.set('P3', 1);
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-11-01T15:05:00Z'))).toMatchObject({ due: 2, sent: 1, alreadySent: 0, failed: 1 });
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-11-01T16:05:00Z'))).toMatchObject({ due: 2, sent: 1, alreadySent: 1, failed: 0 });
    expect(promptsFor('2026-11').map((c) => c.to).sort()).toEqual(['P3', 'P4', 'P8']);
    expect(h.logs).toContainEqual(expect.objectContaining({ level: 'error', message: 'check-in prompt not sent', mentorId: 'P3', month: '2026-11' }));
  });

  it('reads the roster, the claims and the contacts in one query each, however many mentors are due', async () => {
    h.counts.clear();
    // 17:05Z on 1 December: 11:05 in Chicago, 09:05 in Los Angeles (Tokyo is on 2 December).
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-12-01T17:05:00Z'))).toMatchObject({ due: 3, sent: 3 });
    expect(Object.fromEntries(h.counts)).toEqual({
      'roster.findPeople': 1,
      'roster.findGroups': 1,
      'roster.findMemberships': 1,
      'claims.findDoneKeys': 1,
      'contacts.findForMentees': 1,
      // One claim per prompt sent (the work itself), never a lookup per mentor.
      'claims.claim': 3,
      'claims.complete': 3,
    });
  });

  it('sends nothing in a month the program does not run', async () => {
    expect(await h.useCases.sendCheckinPrompts(new Date('2027-06-01T14:05:00Z'))).toMatchObject({ due: 0, sent: 0 });
  });
});
