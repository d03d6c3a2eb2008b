import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizePulses } from '../../src/program/records/pulse.js';
import { seedProgram } from '../support/program-fixture.js';
import { startApp, type AppHarness, type RecordingApp } from '../support/app-harness.js';
import { runUntilRetried } from '../support/retry-after.js';
import { pulseKey } from '../../src/features/pulse/send-pulses.js';

describe('the monthly pulse (job pulse and the answers, on the real stores)', () => {
  let h: RecordingApp;
  beforeAll(async () => {
    h = await startApp({ label: 'pulse', env: { PROGRAM_TIMEZONE: 'America/Chicago' }, recording: true });
    await seedProgram(h.stores.roster, {
      people: [
        { id: 'P3', roles: ['peer_mentor'] },
        { id: 'P4', roles: ['peer_mentor'] },
        { id: 'P5', roles: ['peer_mentor'], active: false },
        { id: 'F1', roles: ['faculty'] },
        { id: 'M1' },
        { id: 'M2' },
        { id: 'M3', timezone: 'Pacific/Honolulu' },
        { id: 'M9', active: false },
        { id: 'ML' },
      ],
      groups: [
        { name: 'Blue-Okafor', faculty: ['F1'], mentors: ['P3', 'P4', 'P5'], mentees: ['M1', 'M2', 'M3', 'M9'] },
        // A mentee whose group has no mentor.
        { name: 'Lonely', mentees: ['ML'] },
      ],
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  const pulsesFor = (month: string) => h.notifier.of('pulse').filter((c) => c.month === month);

  it('sends each current mentee one pulse a month, from the pulse day and hour in their own zone', async () => {
    // 15 September 15:05Z: 10:05 in Chicago, 05:05 in Honolulu.
    expect(await h.useCases.sendPulses(new Date('2026-09-14T23:00:00Z'))).toMatchObject({ due: 0, sent: 0 });
    expect(await h.useCases.sendPulses(new Date('2026-09-15T15:05:00Z'))).toEqual({ mentees: 4, due: 3, sent: 3, alreadySent: 0, waitingForMorning: 0, inProgress: 0, failed: 0 });
    expect(await h.useCases.sendPulses(new Date('2026-09-15T15:05:00Z'))).toMatchObject({ due: 3, sent: 0, alreadySent: 3 });
    expect(await h.useCases.sendPulses(new Date('2026-09-15T20:05:00Z'))).toMatchObject({ due: 4, sent: 1, alreadySent: 3 });
    // Later in the month a run still sends to anyone missed, and nobody twice.
    const again = await Promise.all([h.useCases.sendPulses(new Date('2026-09-28T15:00:00Z')), h.useCases.sendPulses(new Date('2026-09-28T15:00:00Z'))]);
    expect(again.map((s) => s.sent)).toEqual([0, 0]);
    expect(again.map((s) => s.alreadySent)).toEqual([4, 4]);
    expect(pulsesFor('2026-09').map((c) => c.to).sort()).toEqual(['M1', 'M2', 'M3', 'ML']);
  });

  it('stores the first answer of the month, and offers sharing only after a 1 or a 2', async () => {
    const now = new Date('2026-09-15T16:00:00Z');
    expect(await h.useCases.answerPulse('M1', '2026-09', 2, now)).toMatchObject({ ok: true, created: true, canShare: true, answer: { score: 2 } });
    expect(await h.useCases.answerPulse('M1', '2026-09', 5, now)).toMatchObject({ ok: true, created: false, canShare: true, answer: { score: 2 } });
    expect(await h.useCases.answerPulse('M2', '2026-09', 4, now)).toMatchObject({ ok: true, created: true, canShare: false });
    expect(await h.useCases.answerPulse('M3', '2026-09', 7, now)).toEqual({ ok: false, problem: 'bad_answer' });
    expect(await h.useCases.answerPulse('M3', 'September', 3, now)).toEqual({ ok: false, problem: 'bad_answer' });
    expect(await h.useCases.sharePulse('M2', '2026-09', now)).toEqual({ ok: false, problem: 'not_low' });
    expect(await h.useCases.sharePulse('M3', '2026-09', now)).toEqual({ ok: false, problem: 'no_answer' });
  });

  it('tells each active mentor once, and only that the mentee would like to hear from them, when the mentee shares', async () => {
    const now = new Date('2026-09-15T16:01:00Z');
    const results = await Promise.all([h.useCases.sharePulse('M1', '2026-09', now), h.useCases.sharePulse('M1', '2026-09', now)]);
    expect(results).toEqual([
      { ok: true, mentorIds: ['P3', 'P4'] },
      { ok: true, mentorIds: ['P3', 'P4'] },
    ]);
    expect(h.notifier.of('mentor-notice').map((c) => [c.to, c.menteeId])).toEqual(
      expect.arrayContaining([
        ['P3', 'M1'],
        ['P4', 'M1'],
      ]),
    );
    expect(h.notifier.of('mentor-notice')).toHaveLength(2);
    expect(JSON.stringify(h.notifier.of('mentor-notice'))).not.toMatch(/score/);
    expect(await h.useCases.answerPulse('M1', '2026-09', 2, now)).toMatchObject({ canShare: false });
  });

  it('says so when a mentee who shares has no mentors', async () => {
    await h.useCases.answerPulse('ML', '2026-09', 1, new Date('2026-09-16T16:00:00Z'));
    expect(await h.useCases.sharePulse('ML', '2026-09', new Date('2026-09-16T16:01:00Z'))).toEqual({ ok: false, problem: 'no_mentors' });
  });

  it('keeps what a digest needs: counts per group, and names only of those who shared', async () => {
    const answers = await h.stores.pulses.findAnswers('2026-09');
    expect(summarizePulses(['M1', 'M2', 'M3'], answers)).toEqual({
      asked: 3,
      answered: 2,
      counts: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 0 },
      low: 1,
      sharedMenteeIds: ['M1'],
    });
  });
});

describe('the pulse through the app’s own wiring and the fake Slack: quiet hours, Retry-After, permanent errors', () => {
  let w: AppHarness;
  // The pulse goes out from 22:00 on the 28th, inside the default quiet hours (21:00–08:00).
  const ENV = { PROGRAM_TIMEZONE: 'America/Chicago', PULSE_DAY: '28', PULSE_HOUR: '22' };
  beforeAll(async () => {
    w = await startApp({ label: 'pulseSlack', env: ENV, users: [{ id: 'E1', name: 'Eve' }, { id: 'E2', name: 'Eli' }, { id: 'E3', name: 'Emi' }] });
    await seedProgram(w.stores.roster, { people: [{ id: 'E1' }, { id: 'E2' }, { id: 'E3' }], groups: [{ name: 'Blue-Okafor', mentees: ['E1', 'E2', 'E3'] }] });
  });
  afterAll(async () => {
    await w?.stop();
  });

  const job = (iso: string) => w.jobs.get('pulse')!.run(new Date(iso), w.logger);
  const opensFor = (id: string) => w.slack.calls.filter((c) => c.method === 'conversations.open' && c.args['users'] === id);

  it('holds February’s pulse, due at 22:00 on its last day, until 08:00 on 1 March; retries a 429 after Retry-After; gives up on user_disabled', async () => {
    // 04:05Z on 1 March 2027: 22:05 on 28 February in Chicago. 13:05Z: 07:05 on 1 March, still February's pulse.
    expect(await job('2027-03-01T04:05:00Z')).toEqual({ mentees: 3, due: 3, sent: 0, alreadySent: 0, waitingForMorning: 3, inProgress: 0, failed: 0 });
    expect(await job('2027-03-01T13:05:00Z')).toMatchObject({ due: 3, waitingForMorning: 3 });
    expect(w.slack.callsTo('chat.postMessage')).toEqual([]);

    // 14:05Z: 08:05. Eli's posts meet 429s (Retry-After 1 s) throughout that run, the client's own retries included;
    // Emi's account is disabled.
    let limited = true;
    w.slack.failNext('chat.postMessage', { kind: 'ratelimited', retryAfter: 1 }, 10, (args) => limited && args['channel'] === w.slack.dmWith('E2')?.id);
    w.slack.failNext('conversations.open', { kind: 'error', error: 'user_disabled' }, 1, (args) => args['users'] === 'E3');
    expect(await job('2027-03-01T14:05:00Z')).toMatchObject({ due: 3, sent: 1, failed: 2 });
    limited = false;
    expect(w.slack.dmsTo('E1').map((m) => m.text)).toEqual(['How are things going?']);
    expect(JSON.stringify(w.slack.dmsTo('E1')[0]!.blocks)).toContain('2027-02');
    expect(w.logs).toContainEqual(expect.objectContaining({ message: 'delivery given up', key: pulseKey('E3', '2027-02'), code: 'user_disabled' }));

    const retried = await runUntilRetried(w.stores.claims, pulseKey('E2', '2027-02'), () => job('2027-03-01T14:06:00Z'), (s) => (s['sent'] ?? 0) > 0);
    expect(retried).toMatchObject({ due: 3, sent: 1, alreadySent: 2, failed: 0 });
    expect(w.slack.dmsTo('E2')).toHaveLength(1);
    expect(await job('2027-03-01T15:05:00Z')).toMatchObject({ due: 3, sent: 0, alreadySent: 3, failed: 0 });
    expect(opensFor('E3')).toHaveLength(1);
    expect(w.slack.dmsTo('E3')).toEqual([]);
    // February's window closes at noon on 1 March (18:00Z); March's pulse is not due until the 28th.
    expect(await job('2027-03-01T18:05:00Z')).toMatchObject({ due: 0 });
  }, 30_000);
});
