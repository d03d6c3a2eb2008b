import { z } from 'zod';
import { parseAwayText } from '../../../program/records/away.js';
import type { TimeAway } from '../time-away.js';
import { buildAwayModal, buildAwayProblem, buildCancelAwayReply, buildMarkAwayReply, buildNotAMentor } from './away-views.js';
import type { CommandHandler, CommandRoutes } from '../../../slack/contributions.js';

const commandPayload = z.object({ user_id: z.string().min(1), trigger_id: z.string().min(1), text: z.string().default('') });

/** `/mentor-away`: the form (no text), `cancel`, or `YYYY-MM-DD YYYY-MM-DD [tell-mentees] [note]`. */
export function awayCommandRoutes(services: Pick<TimeAway, 'startAway' | 'markAway' | 'cancelAway'>): CommandRoutes {
  const openForm: CommandHandler = async ({ ack, command, client, respond }) => {
    await ack();
    const payload = commandPayload.parse(command);
    const outcome = await services.startAway(payload.user_id, new Date());
    if (outcome.kind === 'not_a_mentor') {
      await respond({ response_type: 'ephemeral', ...buildNotAMentor(outcome.adminIds) });
      return;
    }
    await client.views.open({ trigger_id: payload.trigger_id, view: buildAwayModal(outcome.today) });
  };

  const cancel: CommandHandler = async ({ ack, command, respond }) => {
    await ack();
    const payload = commandPayload.parse(command);
    const outcome = await services.cancelAway(payload.user_id, new Date());
    await respond({ response_type: 'ephemeral', ...buildCancelAwayReply(outcome) });
  };

  const markFromText: CommandHandler = async ({ ack, command, respond }) => {
    const payload = commandPayload.parse(command);
    const parsed = parseAwayText(payload.text);
    if (!parsed.ok) {
      await ack({ response_type: 'ephemeral', ...buildAwayProblem(parsed.problem) });
      return;
    }
    await ack();
    const outcome = await services.markAway(
      { mentorId: payload.user_id, ...parsed.away, sourceKey: `command:${payload.trigger_id}`, replyByDm: false },
      new Date(),
    );
    await respond({ response_type: 'ephemeral', ...buildMarkAwayReply(outcome) });
  };

  return { '': openForm, cancel, '*': markFromText };
}
