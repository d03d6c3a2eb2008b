import { addDays, dateInZone } from '../../../program/calendar-date.js';
import { zonedInstant } from '../../../program/zoned-time.js';
import { trainingKeys, type Invitee, type Training } from './training.js';

/** A DM about a training to one invitee, once (its key), in their zone (quiet hours). */
export interface TrainingDelivery {
  readonly kind: 'invitation' | 'reminder';
  readonly key: string;
  readonly recipientId: string;
  readonly zone: string;
  readonly training: Training;
  readonly answer: Invitee['answer'];
}

/** The day a person is reminded of a training: the day before it, by their own calendar. */
export function reminderDay(training: Pick<Training, 'startsAt'>, zone: string): string {
  return addDays(dateInZone(training.startsAt, zone), -1);
}

/**
 * Whether the reminder is due for someone in `zone` at `now`: on the day before the training by their calendar, and
 * only for a training set up before that day began for them (one set up later is announced by its invitation alone).
 */
export function isReminderDue(training: Pick<Training, 'startsAt' | 'createdAt'>, zone: string, now: Date): boolean {
  if (now.getTime() >= training.startsAt.getTime()) return false;
  const day = reminderDay(training, zone);
  if (dateInZone(now, zone) !== day) return false;
  return training.createdAt.getTime() < zonedInstant(day, 0, 0, zone).getTime();
}

/**
 * The DMs due at `now` for trainings not yet started: each invitee's invitation, and the reminder on the day before to
 * those invited before this run (`invited`: the invitations' keys already done) who have not said they can't come.
 */
export function dueTrainingDeliveries(
  trainings: readonly Training[],
  invitees: readonly Invitee[],
  zoneOf: (personId: string) => string,
  invited: ReadonlySet<string>,
  now: Date,
): { readonly invitations: TrainingDelivery[]; readonly reminders: TrainingDelivery[] } {
  const byId = new Map(trainings.map((t) => [t.id, t]));
  const invitations: TrainingDelivery[] = [];
  const reminders: TrainingDelivery[] = [];
  for (const invitee of invitees) {
    const training = byId.get(invitee.trainingId);
    if (training === undefined || training.startsAt.getTime() <= now.getTime()) continue;
    const zone = zoneOf(invitee.personId);
    const base = { recipientId: invitee.personId, zone, training, answer: invitee.answer };
    const invitationKey = trainingKeys.invitation(training.id, invitee.personId);
    if (!invited.has(invitationKey)) {
      invitations.push({ ...base, kind: 'invitation', key: invitationKey });
    } else if (invitee.answer !== 'no' && isReminderDue(training, zone, now)) {
      reminders.push({ ...base, kind: 'reminder', key: trainingKeys.reminder(training.id, invitee.personId) });
    }
  }
  return { invitations, reminders };
}
