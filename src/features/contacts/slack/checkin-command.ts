import { buildPlainMessage } from '../../../slack/refusals.js';
import { z } from 'zod';
import type { ContactUseCases } from '../use-cases.js';
import { buildCheckinModal, buildCheckinRefusal, buildContactConfirmation, describeCheckinUnavailable } from './checkin-views.js';
import { encodeCheckinMetadata, withAsked } from './checkin-metadata.js';
import type { CommandRoutes } from '../../../slack/contributions.js';

const commandSchema = z.object({ user_id: z.string().min(1), trigger_id: z.string().min(1), text: z.string() });

/**
 * `/mentor-checkin`: with no text the form (the mentor's own mentees only); with text the one-line form
 * `@mentee [@mentee…] <kind> [minutes]`, answered only to the mentor with what was logged and Undo.
 */
export function createCheckinRoutes(services: Pick<ContactUseCases, 'prepareCheckin' | 'logQuickCheckin'>): CommandRoutes {
  return {
    '': async ({ ack, command, client, respond }) => {
      await ack();
      const { user_id, trigger_id } = commandSchema.parse(command);
      const form = await services.prepareCheckin(user_id, new Date());
      if (!form.ok) {
        await respond({ response_type: 'ephemeral', ...buildPlainMessage(describeCheckinUnavailable(form)) });
        return;
      }
      await client.views.open({ trigger_id, view: buildCheckinModal(form, encodeCheckinMetadata({ source: 'logged', today: form.today, ...withAsked(form) })) });
    },
    '*': async ({ ack, command, respond }) => {
      await ack();
      const { user_id, trigger_id, text } = commandSchema.parse(command);
      // The trigger id is unique per invocation: a repeated delivery of the same command is stored once.
      const result = await services.logQuickCheckin({ actorId: user_id, text, sourceKey: `command:${trigger_id}`, now: new Date() });
      const message = result.ok ? buildContactConfirmation(result.contact, !result.created) : buildCheckinRefusal(result.problems);
      await respond({ response_type: 'ephemeral', ...message });
    },
  };
}
