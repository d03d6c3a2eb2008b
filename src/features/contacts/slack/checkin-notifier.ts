import type { CheckinNotifier } from '../ports.js';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import { buildCheckinPromptMessage, buildContactConfirmation } from './checkin-views.js';

/** The check-in prompts and confirmations, as DMs through the messenger. */
export function createCheckinNotifier(messenger: Messenger): CheckinNotifier {
  return {
    sendPrompt: (prompt) => messenger.dm(prompt.mentorId, buildCheckinPromptMessage(prompt)),
    updatePrompt: (message, prompt) => messenger.update(message.channel, message.ts, buildCheckinPromptMessage(prompt)),
    confirmContact: (contact) => messenger.dm(contact.mentorId, buildContactConfirmation(contact)),
  };
}
