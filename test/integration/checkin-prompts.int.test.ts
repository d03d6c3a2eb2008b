import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewContact } from '../../src/program/records/contact.js';
import { seedProgram } from '../support/program-fixture.js';
import { startApp, type AppHarness, type RecordingApp } from '../support/app-harness.js';
import { runUntilRetried } from '../support/retry-after.js';
import { promptKey } from '../../src/features/contacts/send-checkin-prompts.js';
import { backoffMs } from '../../src/delivery/deliver.js';

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
    // 14:00Z on 1 September: 09:00 in Chicago, 07:00 in Los Angeles, 23:00 in Tokyo (quiet hours: it waits for the morning).
    const summary = await h.useCases.sendCheckinPrompts(new Date('2026-09-01T14:00:00Z'));
    expect(summary).toEqual({ mentors: 4, due: 3, sent: 2, alreadySent: 0, waitingForMorning: 1, inProgress: 0, failed: 0 });
    expect(promptsFor('2026-09').map((c) => c.to).sort()).toEqual(['P3', 'P4']);
    const p3 = promptsFor('2026-09').find((c) => c.to === 'P3')!.prompt;
    expect(p3.semester?.key).toBe('2026-Fall');
    expect(p3.mentees).toEqual([
      { id: 'M1', name: 'Ada', communicated: true, met: false, attempts: 0 },
      { id: 'M2', name: 'Bo', communicated: false, met: true, attempts: 0 },
      { id: 'M3', name: 'Cy', communicated: false, met: false, attempts: 0 },
    ]);
    // The partner's prompt shows the same statuses: a contact by either mentor counts.
    expect(promptsFor('2026-09').find((c) => c.to === 'P4')!.prompt.mentees).toEqual(p3.mentees);
  });

  it('sends nothing more on a rerun, reaches Los Angeles at 09:00 there, and Tokyo when its quiet hours end', async () => {
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-09-01T14:00:00Z'))).toMatchObject({ due: 3, sent: 0, alreadySent: 2, waitingForMorning: 1 });
    // 16:05Z: 09:05 in Los Angeles; 01:05 on 2 September in Tokyo, where the prompt day's window runs on through the morning.
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-09-01T16:05:00Z'))).toMatchObject({ due: 4, sent: 1, alreadySent: 2, waitingForMorning: 1 });
    expect(promptsFor('2026-09').map((c) => c.to).sort()).toEqual(['P3', 'P4', 'P7']);
    // 23:05Z: 08:05 on 2 September in Tokyo.
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-09-01T23:05:00Z'))).toMatchObject({ due: 4, sent: 1, alreadySent: 3, waitingForMorning: 0 });
    expect(promptsFor('2026-09').map((c) => c.to).sort()).toEqual(['P3', 'P4', 'P7', 'P8']);
    // The next afternoon everyone's window has closed (noon has passed in each zone).
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-09-02T20:05:00Z'))).toMatchObject({ due: 0, sent: 0 });
    expect(promptsFor('2026-09')).toHaveLength(4);
  });

  it('sends one prompt per mentor when two instances run at the same time', async () => {
    const now = new Date('2026-10-01T14:05:00Z');
    const summaries = await Promise.all([h.useCases.sendCheckinPrompts(now), h.useCases.sendCheckinPrompts(now), h.useCases.sendCheckinPrompts(now)]);
    expect(summaries.reduce((n, s) => n + s.sent, 0)).toBe(2);
    expect(promptsFor('2026-10').map((c) => c.to).sort()).toEqual(['P3', 'P4']);
  });

  it('postpones a prompt whose send failed until its backoff has passed, and leaves the others sent', async () => {
    // 1 November: daylight saving has ended in the US, so 09:00 in Chicago is 15:00Z; Tokyo is at 23:05, quiet.
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-11-01T14:05:00Z'))).toMatchObject({ due: 1, sent: 0, waitingForMorning: 1 });
    h.notifier.failures.set('P3', 1);
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-11-01T15:05:00Z'))).toMatchObject({ due: 3, sent: 1, alreadySent: 0, failed: 1, waitingForMorning: 1 });
    // The retry waits for its backoff, on the real clock: a run at once does not resend it.
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-11-01T16:05:00Z'))).toMatchObject({ due: 3, sent: 0, alreadySent: 1, inProgress: 1 });
    expect(promptsFor('2026-11').map((c) => c.to)).toEqual(['P4']);
    expect(await h.stores.claims.find(promptKey('P3', '2026-11'))).toMatchObject({ state: 'pending', attempts: 1 });
    expect(h.logs).toContainEqual(expect.objectContaining({ level: 'warn', message: 'delivery failed; will retry', key: promptKey('P3', '2026-11') }));
    // Once its backoff has passed (the claims' clock moved on), the next run sends it, and only it.
    h.stores.clock.advance(backoffMs(1));
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-11-01T16:10:00Z'))).toMatchObject({ due: 3, sent: 1, alreadySent: 1, inProgress: 0 });
    expect(promptsFor('2026-11').map((c) => c.to).sort()).toEqual(['P3', 'P4']);
  });

  it('reads the roster and the contacts in one query each, and the claims in two, however many mentors are due', async () => {
    h.counts.clear();
    // 17:05Z on 1 December: 11:05 in Chicago, 09:05 in Los Angeles, 02:05 on 2 December in Tokyo (the morning run-on, quiet).
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-12-01T17:05:00Z'))).toMatchObject({ due: 4, sent: 3, waitingForMorning: 1 });
    const reads = Object.fromEntries([...h.counts].filter(([call]) => !call.startsWith('claims.')));
    expect(reads).toEqual({ 'roster.findPeople': 1, 'roster.findGroups': 1, 'roster.findMemberships': 1, 'contacts.findForMentees': 1 });
    // Whether anything is left to send, then deliverOnce's own look; one claim per prompt sent (the work itself), never
    // a lookup per mentor.
    expect(h.counts.get('claims.findDoneKeys')).toBe(2);
    expect(h.counts.get('claims.claim')).toBe(3);
    expect(h.counts.get('claims.find')).toBeUndefined();
    // 23:05Z: 08:05 in Tokyo. Then, with every prompt sent, a run reads no contacts at all.
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-12-01T23:05:00Z'))).toMatchObject({ sent: 1 });
    h.counts.clear();
    expect(await h.useCases.sendCheckinPrompts(new Date('2026-12-01T23:10:00Z'))).toMatchObject({ due: 4, sent: 0, alreadySent: 4 });
    expect(h.counts.get('contacts.findForMentees')).toBeUndefined();
  });

  it('sends nothing in a month the program does not run', async () => {
    expect(await h.useCases.sendCheckinPrompts(new Date('2027-06-01T14:05:00Z'))).toMatchObject({ due: 0, sent: 0 });
  });
});

describe('check-in prompts through the app’s own wiring and the fake Slack: quiet hours, Retry-After, permanent errors', () => {
  let w: AppHarness;
  // The prompt hour is 22:00, inside the default quiet hours (21:00–08:00).
  const ENV = { PROGRAM_TIMEZONE: 'America/Chicago', CHECKIN_PROMPT_HOUR: '22' };
  beforeAll(async () => {
    // N3 has left the workspace: Slack answers user_not_found.
    w = await startApp({ label: 'promptsSlack', env: ENV, users: [{ id: 'N1', name: 'Nia' }, { id: 'N2', name: 'Noor' }, { id: 'E1', name: 'Eve' }] });
    await seedProgram(w.stores.roster, {
      people: [{ id: 'N1', roles: ['peer_mentor'] }, { id: 'N2', roles: ['peer_mentor'] }, { id: 'N3', roles: ['peer_mentor'] }, { id: 'E1' }],
      groups: [{ name: 'Blue-Okafor', mentors: ['N1', 'N2', 'N3'], mentees: ['E1'] }],
    });
  });
  afterAll(async () => {
    await w?.stop();
  });

  const job = (iso: string) => w.jobs.get('checkin-prompts')!.run(new Date(iso), w.logger);
  const opensFor = (id: string) => w.slack.calls.filter((c) => c.method === 'conversations.open' && c.args['users'] === id);

  it('holds a prompt due at 22:00 through the night, sends it at 08:00, retries a 429 after Retry-After, and gives up on user_not_found', async () => {
    // 03:05Z on 2 September: 22:05 on 1 September in Chicago. 12:05Z: 07:05 the next morning.
    expect(await job('2026-09-02T03:05:00Z')).toEqual({ mentors: 3, due: 3, sent: 0, alreadySent: 0, waitingForMorning: 3, inProgress: 0, failed: 0 });
    expect(await job('2026-09-02T12:05:00Z')).toMatchObject({ due: 3, sent: 0, waitingForMorning: 3 });
    expect(w.slack.callsTo('chat.postMessage')).toEqual([]);

    // 13:05Z: 08:05. Noor's posts meet 429s (Retry-After 1 s) throughout that run, the client's own retries included.
    let limited = true;
    w.slack.failNext('chat.postMessage', { kind: 'ratelimited', retryAfter: 1 }, 10, (args) => limited && args['channel'] === w.slack.dmWith('N2')?.id);
    expect(await job('2026-09-02T13:05:00Z')).toMatchObject({ due: 3, sent: 1, failed: 2, waitingForMorning: 0 });
    limited = false;
    expect(w.slack.dmsTo('N1')).toHaveLength(1);
    expect(w.slack.dmsTo('N2')).toEqual([]);
    expect(w.logs).toContainEqual(expect.objectContaining({ message: 'delivery failed; will retry', key: promptKey('N2', '2026-09'), code: 'ratelimited' }));
    expect(w.logs).toContainEqual(expect.objectContaining({ message: 'delivery given up', key: promptKey('N3', '2026-09'), code: 'user_not_found' }));

    // Not again before Retry-After has passed; then once. The prompt given up is never tried again.
    const retried = await runUntilRetried(w.stores.claims, promptKey('N2', '2026-09'), () => job('2026-09-02T13:06:00Z'), (s) => (s['sent'] ?? 0) > 0);
    expect(retried).toMatchObject({ due: 3, sent: 1, alreadySent: 2, failed: 0 });
    expect(w.slack.dmsTo('N2')).toHaveLength(1);
    expect(await job('2026-09-02T14:05:00Z')).toMatchObject({ due: 3, sent: 0, alreadySent: 3, failed: 0 });
    expect(opensFor('N3')).toHaveLength(1);
    expect(w.slack.dmsTo('N1')).toHaveLength(1);
    // The window closes at noon the morning after (17:00Z).
    expect(await job('2026-09-02T17:05:00Z')).toMatchObject({ due: 0 });
  }, 30_000);
});
