import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuietHours } from '../../src/delivery/quiet-hours.js';
import type { TrainingDelivery } from '../../src/features/trainings/domain/training-schedule.js';
import type { TrainingFormInput } from '../../src/features/trainings/domain/training-form.js';
import type { TrainingRoll, TrainingSender } from '../../src/features/trainings/ports.js';
import { createTrainingRepository } from '../../src/features/trainings/store/training-repository.js';
import { createTrainingUseCases, type TrainingUseCases } from '../../src/features/trainings/use-cases.js';
import { createAdminPolicy } from '../../src/program/policy.js';
import { startApp, type AppHarness } from '../support/app-harness.js';
import { seedProgram, slackUsersOf, type PersonSpec } from '../support/program-fixture.js';

const CHICAGO = 'America/Chicago';
const TOKYO = 'Asia/Tokyo';
/** Tuesday 1 December 2026, 10:00 in Chicago. */
const now = new Date('2026-12-01T16:00:00Z');
const [ADMIN, MIA, MAX, KEN, MEE, FAC] = ['U0TRADM01', 'U0TRMIA01', 'U0TRMAX01', 'U0TRKEN01', 'U0TRMEE01', 'U0TRFAC01'];
const people: PersonSpec[] = [
  { id: ADMIN, name: 'Ada Admin', roles: ['admin'], timezone: CHICAGO },
  { id: MIA, name: 'Mia Mentor', roles: ['peer_mentor'], timezone: CHICAGO },
  { id: MAX, name: 'Max Mentor', roles: ['peer_mentor'], timezone: CHICAGO },
  { id: KEN, name: 'Ken Mentor', roles: ['peer_mentor'], timezone: TOKYO },
  { id: MEE, name: 'Mee Mentee', roles: ['mentee'], timezone: CHICAGO },
  { id: FAC, name: 'Fay Faculty', roles: ['faculty'], timezone: CHICAGO },
];
const form = (over: Partial<TrainingFormInput> = {}): TrainingFormInput => ({
  title: 'Limits of peer mentoring',
  date: '2026-12-10',
  time: '09:00',
  place: 'Room 4',
  roles: ['peer_mentor'],
  tracks: [],
  required: true,
  ...over,
});

describe('trainings on a real database: stored once, invited once per person, reminded the day before, attendance', () => {
  let app: AppHarness<{ served?: false; recording?: false }>;
  let trainings: TrainingUseCases;
  const sent: TrainingDelivery[] = [];
  const posted: TrainingRoll[] = [];
  const redrawn: TrainingRoll[] = [];
  const sentTo = (kind: TrainingDelivery['kind']) => sent.filter((d) => d.kind === kind).map((d) => d.recipientId).sort();

  beforeAll(async () => {
    app = await startApp({ label: 'trainings', users: slackUsersOf({ people }), env: { PROGRAM_TIMEZONE: CHICAGO, QUIET_HOURS: '21:00-08:00' } });
    await seedProgram(app.stores.roster, { people, groups: [] });
    const sender: TrainingSender = {
      async sendToInvitee(delivery) {
        // Slow enough that a second run overlaps this one.
        await new Promise((resolve) => setTimeout(resolve, 20));
        sent.push(delivery);
        return { channel: `D${delivery.recipientId}`, ts: String(sent.length) };
      },
      async postAdminMessage(_adminId, roll) {
        posted.push(roll);
        return { channel: 'DADMIN', ts: '100.1' };
      },
      async updateAdminMessage(_message, roll) {
        redrawn.push(roll);
      },
    };
    trainings = createTrainingUseCases({
      trainings: createTrainingRepository(app.database.connection),
      roster: app.stores.roster,
      claims: app.stores.claims,
      admins: createAdminPolicy([], app.stores.roster),
      logger: app.logger,
      sender,
      quietHours: parseQuietHours('21:00-08:00')!,
      programTimezone: CHICAGO,
      calendar: app.config.calendar,
      trackNames: () => ['cohort'],
    });
  });
  afterAll(async () => {
    await app?.stop();
  });
  const stored = () => app.database.connection.db!.collection('trainings').countDocuments();

  it('refuses a non-admin and bad input, storing nothing; stores a good form once however often it is submitted', async () => {
    expect(await trainings.createTraining(MIA, form(), 'form:V1', now)).toEqual({ status: 'not_allowed' });
    expect(await trainings.createTraining(ADMIN, form({ title: '', date: '2026-11-30' }), 'form:V1', now)).toMatchObject({
      status: 'invalid',
      problems: [{ field: 'title', code: 'missing' }, { field: 'time', code: 'past' }],
    });
    expect(await trainings.createTraining(ADMIN, form({ roles: [], tracks: ['clinical'] }), 'form:V1', now)).toMatchObject({ status: 'invalid', problems: [{ field: 'audience', code: 'unknown_track' }] });
    expect(await stored()).toBe(0);

    const first = await trainings.createTraining(ADMIN, form(), 'form:V1', now);
    const again = await trainings.createTraining(ADMIN, form(), 'form:V1', now);
    expect(first).toMatchObject({ status: 'created', invitees: 3, again: false, training: { startsAt: new Date('2026-12-10T15:00:00Z'), zone: CHICAGO } });
    expect(again).toMatchObject({ status: 'created', again: true });
    expect(await stored()).toBe(1);
    if (first.status !== 'created') throw new Error('not created');
    await trainings.postTrainingMessage(first.training.id);
    await trainings.postTrainingMessage(first.training.id);
    expect(posted.map((r) => r.invitees.map((i) => i.name))).toEqual([['Ken Mentor', 'Max Mentor', 'Mia Mentor']]);
  });

  it('invites each person once across overlapping and repeated runs, waits out quiet hours, and invites people who join later', async () => {
    // 10:00 in Chicago is 01:00 in Tokyo: Ken's invitation waits for his morning.
    const [a, b] = await Promise.all([trainings.sendTrainingMessages(now), trainings.sendTrainingMessages(now)]);
    expect(a.invitationsSent + b.invitationsSent).toBe(2);
    expect(a.invitationsWaitingForMorning).toBe(1);
    expect(sentTo('invitation')).toEqual([MAX, MIA]);

    await seedProgram(app.stores.roster, { people: [...people, { id: 'U0TRNEW01', name: 'Nia New', roles: ['peer_mentor'], timezone: CHICAGO }], groups: [] });
    // 08:00 in Tokyo the next day (Dec 2), 17:00 on Dec 1 in Chicago.
    const later = await trainings.sendTrainingMessages(new Date('2026-12-01T23:00:00Z'));
    expect(later).toMatchObject({ invitationsDue: 2, invitationsSent: 2, remindersDue: 0 });
    expect(sentTo('invitation')).toEqual([KEN, MAX, MIA, 'U0TRNEW01']);
    expect((await trainings.sendTrainingMessages(new Date('2026-12-02T00:00:00Z'))).invitationsSent).toBe(0);
    // Housekeeping sweeps sent messages' claims after 90 days; a training further ahead is not invited to again.
    const swept = await app.database.connection.db!.collection<{ _id: string }>('claims').deleteMany({ _id: { $regex: '^training:invite:' } });
    expect(swept.deletedCount).toBe(4);
    expect((await trainings.sendTrainingMessages(new Date('2026-12-02T01:00:00Z'))).invitationsSent).toBe(0);
    expect(sent.filter((d) => d.kind === 'invitation')).toHaveLength(4);
  });

  it('records answers (a later one replaces the earlier), redrawing the admin’s message; refuses someone not invited', async () => {
    const [training] = await createTrainingRepository(app.database.connection).findTrainings();
    expect(await trainings.answerInvitation(MIA, training!.id, 'yes', now)).toMatchObject({ status: 'recorded', answer: 'yes', zone: CHICAGO });
    expect(await trainings.answerInvitation(MAX, training!.id, 'yes', now)).toMatchObject({ status: 'recorded' });
    expect(await trainings.answerInvitation(MAX, training!.id, 'no', now)).toMatchObject({ status: 'recorded', answer: 'no' });
    expect(await trainings.answerInvitation(MEE, training!.id, 'yes', now)).toEqual({ status: 'not_invited' });
    expect(await trainings.answerInvitation(MIA, training!.id, 'no', new Date('2026-12-10T15:00:00Z'))).toMatchObject({ status: 'started' });
    expect(redrawn.at(-1)!.invitees.map((i) => [i.name, i.answer])).toEqual([
      ['Ken Mentor', undefined],
      ['Max Mentor', 'no'],
      ['Mia Mentor', 'yes'],
      ['Nia New', undefined],
    ]);
  });

  it('reminds the day before, by each person’s calendar, once, and not those who can’t make it', async () => {
    // 08:00 on Dec 9 in Chicago (the day before); 23:00 on Dec 9 in Tokyo (quiet, and not yet the day before there).
    const chicagoDay = new Date('2026-12-09T14:00:00Z');
    expect(await trainings.sendTrainingMessages(chicagoDay)).toMatchObject({ remindersDue: 2, remindersSent: 2 });
    expect(await trainings.sendTrainingMessages(chicagoDay)).toMatchObject({ remindersDue: 2, remindersSent: 0, remindersAlreadySent: 2 });
    expect(sentTo('reminder')).toEqual([MIA, 'U0TRNEW01']);
    // 09:00 on Dec 10 in Tokyo: the day before there (the training starts at midnight).
    expect(await trainings.sendTrainingMessages(new Date('2026-12-10T00:00:00Z'))).toMatchObject({ remindersSent: 1 });
    expect(sentTo('reminder')).toEqual([KEN, MIA, 'U0TRNEW01']);
  });

  it('marks attendance by an admin only (the chosen invitees, exactly), and lists the others as missing once it has started', async () => {
    const [training] = await createTrainingRepository(app.database.connection).findTrainings();
    const id = training!.id;
    expect(await trainings.markAttendance(MIA, id, [MIA], now)).toEqual({ status: 'not_allowed' });
    expect(await trainings.readAttendance(MIA, id)).toEqual({ status: 'not_allowed' });
    expect(await trainings.markAttendance(ADMIN, id, [MIA, MEE], now)).toEqual({ status: 'not_invitees' });
    expect((await trainings.markAttendance(ADMIN, id, [MIA, MAX], now)).status).toBe('marked');
    const marked = await trainings.markAttendance(ADMIN, id, [MIA, KEN], now);
    expect(marked.status === 'marked' && marked.roll.invitees.filter((i) => i.attended).map((i) => i.name)).toEqual(['Ken Mentor', 'Mia Mentor']);

    expect(await trainings.readMissing(new Date('2026-12-10T14:59:00Z'))).toEqual({ pastRequired: 0, missing: [] });
    const missed = await trainings.readMissing(new Date('2026-12-10T16:00:00Z'));
    expect(missed.pastRequired).toBe(1);
    expect(missed.missing.map((m) => m.personId)).toEqual([MAX, 'U0TRNEW01']);

    const rows = await trainings.exportRows({ from: '2026-12', to: '2026-12' });
    expect(rows.map((r) => [r[6], r[7], r[8]])).toEqual([
      ['Ken Mentor', '', 'yes'],
      ['Max Mentor', 'not_coming', 'no'],
      ['Mia Mentor', 'coming', 'yes'],
      ['Nia New', '', 'no'],
    ]);
    expect(await trainings.exportRows({ from: '2026-11', to: '2026-11' })).toEqual([]);
  });

  it('counts those who missed a required training in the admins’ weekly digest', async () => {
    // Monday 14 December 2026, 08:05 in Chicago: the admins' digest is due.
    await app.jobs.get('digests')!.run(new Date('2026-12-14T14:05:00Z'), app.logger);
    const digest = app.slack!.dmsTo(ADMIN).map((m) => JSON.stringify(m.blocks)).join('\n');
    expect(digest).toContain('Trainings: 2 people have missed a required training (Home names them).');
    expect(digest).not.toContain('Limits of peer mentoring');
  });
});
