import type { Messenger } from '../../../delivery/slack/messenger.js';
import { sendOrExplain } from '../../../delivery/slack/send-errors.js';
import type { TrainingSender } from '../ports.js';
import { buildAdminMessage, buildInviteeMessage } from './training-views.js';

/** The trainings' DMs: to each invitee, and the training's message to its admin. */
export function createTrainingSender(messenger: Pick<Messenger, 'dm' | 'update'>): TrainingSender {
  return {
    sendToInvitee: (delivery) => sendOrExplain(() => messenger.dm(delivery.recipientId, buildInviteeMessage(delivery))),
    postAdminMessage: (adminId, roll) => sendOrExplain(() => messenger.dm(adminId, buildAdminMessage(roll))),
    updateAdminMessage: (message, roll) => messenger.update(message.channel, message.ts, buildAdminMessage(roll)),
  };
}
