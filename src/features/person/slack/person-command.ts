import type { CommandRoutes } from '../../../slack/contributions.js';
import { buildPlainMessage, buildNotAllowedMessage } from '../../../slack/refusals.js';
import { parsePersonQuery } from '../domain/person-query.js';
import type { PersonUseCases } from '../use-cases.js';
import { personCopy as words } from './copy.js';
import { buildPersonSummary } from './person-views.js';

/** `/mentor-admin person <@user|email>`, for admins: acks at once, then answers with the summary (or why not) through the response URL. */
export function createPersonRoutes(services: Pick<PersonUseCases, 'findPerson' | 'summarizePersonFor'>): CommandRoutes {
  return {
    async person({ ack, command, respond }, text) {
      await ack();
      const query = parsePersonQuery(text.rest);
      if (query === undefined) {
        await respond({ response_type: 'ephemeral', ...buildPlainMessage(words.usage) });
        return;
      }
      const personId = await services.findPerson(query);
      if (personId === undefined) {
        await respond({ response_type: 'ephemeral', ...buildPlainMessage(words.notFound(query.kind === 'email' ? query.email : '')) });
        return;
      }
      const summary = await services.summarizePersonFor(command.user_id, personId);
      await respond({ response_type: 'ephemeral', ...(summary.allowed ? buildPersonSummary(summary.value) : buildNotAllowedMessage()) });
    },
  };
}
