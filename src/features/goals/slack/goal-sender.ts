import type { Messenger } from '../../../delivery/slack/messenger.js';
import { sendOrExplain } from '../../../delivery/slack/send-errors.js';
import type { GoalSender } from '../ports.js';
import { buildMentorTold, buildRevisitMessage } from './revisit-views.js';

/** Goals' DMs through the shared messenger; a refused send comes back as a SendError the job can retry from. */
export function createGoalSender(messenger: Messenger): GoalSender {
  return {
    sendRevisit: (notice) => sendOrExplain(() => messenger.dm(notice.menteeId, buildRevisitMessage(notice))),
    updateRevisit: (message, notice) => messenger.update(message.channel, message.ts, buildRevisitMessage(notice)),
    tellMentor: (mentorId, menteeId, goal) => sendOrExplain(() => messenger.dm(mentorId, buildMentorTold(menteeId, goal))),
  };
}
