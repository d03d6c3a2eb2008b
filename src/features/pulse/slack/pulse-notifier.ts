import type { Messenger } from '../../../delivery/slack/messenger.js';
import type { PulseNotifier } from '../ports.js';
import { buildMentorNotice, buildPulseMessage } from './pulse-views.js';

/** The pulse and its "let my mentors know", as DMs through the messenger. */
export function createPulseNotifier(messenger: Messenger): PulseNotifier {
  return {
    sendPulse: (menteeId, month) => messenger.dm(menteeId, buildPulseMessage(month)),
    tellMentorMenteeWantsContact: (mentorId, menteeId) => messenger.dm(mentorId, buildMentorNotice(menteeId)),
  };
}
