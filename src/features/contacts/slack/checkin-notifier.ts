import type { CheckinNotifier } from '../ports.js';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import { buildCheckinPromptMessage, buildContactConfirmation } from './checkin-views.js';
import { buildMentorNotice, buildPulseMessage } from '../../pulse/slack/pulse-views.js';

/** The check-in prompts, confirmations and pulses, as DMs through the messenger. */
export function createCheckinNotifier(messenger: Messenger): CheckinNotifier {
  return {
    sendPrompt: (prompt) => messenger.dm(prompt.mentorId, buildCheckinPromptMessage(prompt)),
    updatePrompt: (message, prompt) => messenger.update(message.channel, message.ts, buildCheckinPromptMessage(prompt)),
    confirmContact: (contact) => messenger.dm(contact.mentorId, buildContactConfirmation(contact)),
    sendPulse: (menteeId, month) => messenger.dm(menteeId, buildPulseMessage(month)),
    tellMentorMenteeWantsContact: (mentorId, menteeId) => messenger.dm(mentorId, buildMentorNotice(menteeId)),
  };
}
