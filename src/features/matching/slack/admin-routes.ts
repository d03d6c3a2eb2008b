import type { CommandRoutes } from '../../../slack/contributions.js';
import { buildNotAllowedMessage } from '../../../slack/refusals.js';
import type { MatchingUseCases } from '../use-cases.js';
import { matchingCopy as words } from './copy.js';
import { buildMatchAnswer, buildMatchPreview } from './match-views.js';

/**
 * `/mentor-admin questionnaire` and `/mentor-admin match`, for admins; anyone else is refused kindly. Each acks at once
 * (the admin rule reads the roster, the match reads the program), then answers through the command's response URL.
 */
export function createMatchingRoutes(services: Pick<MatchingUseCases, 'startQuestionnaire' | 'previewMatch'>): CommandRoutes {
  const refusal = { response_type: 'ephemeral' as const, ...buildNotAllowedMessage() };
  return {
    async questionnaire({ ack, command, respond }) {
      await ack();
      const outcome = await services.startQuestionnaire(command.user_id, new Date());
      if (outcome.status === 'not_allowed') {
        await respond(refusal);
        return;
      }
      const sent = outcome.sends['questionnaireInvitationsSent'] ?? 0;
      const text = outcome.status === 'started' ? words.started(sent, outcome.sends['questionnaireInvitationsWaitingForMorning'] ?? 0) : words.alreadyOpen(sent);
      await respond({ response_type: 'ephemeral', text });
    },
    async match({ ack, command, respond }) {
      await ack();
      const outcome = await services.previewMatch(command.user_id, new Date());
      if (outcome.status === 'not_allowed') await respond(refusal);
      else await respond({ response_type: 'ephemeral', ...(outcome.status === 'preview' ? buildMatchPreview(outcome) : buildMatchAnswer(outcome)) });
    },
  };
}
