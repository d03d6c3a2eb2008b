import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizePulses } from '../../src/program/records/pulse.js';
import { seedProgram } from '../support/program-fixture.js';
import { startApp, type RecordingApp } from '../support/app-harness.js';

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
    expect(await h.useCases.sendPulses(new Date('2026-09-15T15:05:00Z'))).toEqual({ mentees: 4, due: 3, sent: 3, alreadySent: 0, failed: 0 });
    expect(await h.useCases.sendPulses(new Date('2026-09-15T15:05:00Z'))).toMatchObject({ due: 3, sent: 0, alreadySent: 3 });
    expect(await h.useCases.sendPulses(new Date('2026-09-15T20:05:00Z'))).toMatchObject({ due: 4, sent: 1, alreadySent: 3 });
    // Later in the month a run still sends to anyone missed, and nobody twice.
    const again = await Promise.all([h.useCases.sendPulses(new Date('2026-09-28T12:00:00Z')), h.useCases.sendPulses(new Date('2026-09-28T12:00:00Z'))]);
    expect(again.map((s) => s.sent)).toEqual([0, 0]);
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
