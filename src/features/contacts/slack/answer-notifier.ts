import type { Messenger } from '../../../delivery/slack/messenger.js';
import type { PromptAnswerNotifier } from '../ports.js';
import { buildConcernAlert, buildReplyConfirmation, buildReplyRefusal, buildUnreachedAlert } from './answer-views.js';

/** The prompt's answers in Slack: DMs to Faculty Mentors, and answers in a prompt's thread. */
export function createPromptAnswerNotifier(messenger: Messenger): PromptAnswerNotifier {
  return {
    tellUnreached: (facultyId, mentee) => messenger.dm(facultyId, buildUnreachedAlert(mentee)),
    tellConcern: (facultyId, concern) => messenger.dm(facultyId, buildConcernAlert(concern)),
    confirmReply: (thread, contact) => messenger.post(thread.channel, { ...buildReplyConfirmation(contact), threadTs: thread.ts }),
    refuseReply: (thread, problems) => messenger.post(thread.channel, { ...buildReplyRefusal(problems), threadTs: thread.ts }),
  };
}
