import { deliverOnce, type DeliverySummary } from '../../delivery/deliver.js';
import { zoneOf } from '../../program/roster.js';
import { concernedPeople, trainingKeys } from './domain/training.js';
import { dueTrainingDeliveries } from './domain/training-schedule.js';
import { redrawAdminMessage, type TrainingDeps } from './deps.js';

type Counted<P extends string> = Record<`${P}${'Due' | 'Sent' | 'AlreadySent' | 'WaitingForMorning' | 'InProgress' | 'Failed'}`, number>;
const counts = <P extends string>(prefix: P, s: DeliverySummary, due: number) =>
  ({
    [`${prefix}Due`]: due,
    [`${prefix}Sent`]: s.sent,
    [`${prefix}AlreadySent`]: s.alreadySent,
    [`${prefix}WaitingForMorning`]: s.waitingForMorning,
    [`${prefix}InProgress`]: s.inProgress,
    [`${prefix}Failed`]: s.failed,
  }) as Counted<P>;

/**
 * The `trainings` job: for each training not yet started, people who have come to be concerned since are added to its
 * invitees; each invitee still active gets one invitation, and on the day before (by their calendar) one reminder
 * unless they said they can't come. Every DM is claimed once per training and person, through the shared send path
 * (their quiet hours, retries). One query per collection, whatever the number of people.
 */
export async function sendTrainingMessages(deps: TrainingDeps, now: Date) {
  const trainings = await deps.trainings.findTrainings({ from: now });
  if (trainings.length === 0) return { trainingsUpcoming: 0, ...counts('invitations', EMPTY, 0), ...counts('reminders', EMPTY, 0) };
  const people = await deps.roster.findPeople();
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const training of trainings) {
    const added = await deps.trainings.addInvitees(training.id, concernedPeople(people, training.audience).map((p) => p.id), now);
    // The admin's roll shows every invitee: those who have come to be concerned since join it now.
    if (added > 0) await redrawAdminMessage(deps, training);
  }
  const invitees = (await deps.trainings.findInvitees(trainings.map((t) => t.id))).filter((i) => byId.get(i.personId)?.active === true);
  // Invited: recorded on the invitee, or (should that write have failed after the send) the invitation's claim done.
  const claimed = await deps.claims.findDoneKeys(invitees.filter((i) => i.invitedAt === undefined).map((i) => trainingKeys.invitation(i.trainingId, i.personId)));
  const invited = new Set([...claimed, ...invitees.filter((i) => i.invitedAt !== undefined).map((i) => trainingKeys.invitation(i.trainingId, i.personId))]);
  const due = dueTrainingDeliveries(trainings, invitees, (id) => zoneOf(byId.get(id), deps.programTimezone), invited, now);
  const send = { claims: deps.claims, quietHours: deps.quietHours, logger: deps.logger.child({ feature: 'trainings' }) };
  const sent = async (delivery: (typeof due.invitations)[number]) => {
    const posted = await deps.sender.sendToInvitee(delivery);
    if (delivery.kind === 'invitation') await deps.trainings.markInvited(delivery.training.id, delivery.recipientId, now);
    return { ...posted };
  };
  const invitations = await deliverOnce(send, due.invitations, now, sent);
  const reminders = await deliverOnce(send, due.reminders, now, sent);
  return { trainingsUpcoming: trainings.length, ...counts('invitations', invitations, due.invitations.length), ...counts('reminders', reminders, due.reminders.length) };
}

const EMPTY: DeliverySummary = { sent: 0, alreadySent: 0, waitingForMorning: 0, inProgress: 0, failed: 0 };
