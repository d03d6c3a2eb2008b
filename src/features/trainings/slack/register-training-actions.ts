import type { App } from '@slack/bolt';
import { z } from 'zod';
import { parseButtonClick } from '../../../slack/button-click.js';
import { buildHomeNotice } from '../../../slack/home-buttons.js';
import { buildPlainMessage } from '../../../slack/refusals.js';
import type { TrainingUseCases } from '../use-cases.js';
import { trainingCopy as words } from './copy.js';
import { trainingIds as ids } from './ids.js';
import { buildAttendanceModal, buildInviteeMessage } from './training-views.js';

type Respond = (message: Record<string, unknown>) => Promise<unknown>;
const ephemeral = (text: string) => ({ response_type: 'ephemeral', replace_original: false, ...buildPlainMessage(text) });

/**
 * *I'll be there* / *Can't make it* on an invitation or reminder: the answer is stored and the DM redrawn with it;
 * *Mark attendance* on the admin's message: the attendance form (admins only) and its submission.
 */
export function registerTrainingActions(
  app: App,
  services: Pick<TrainingUseCases, 'answerInvitation' | 'readAttendance' | 'markAttendance'>,
): void {
  for (const [actionId, answer] of [
    [ids.rsvpYes, 'yes'],
    [ids.rsvpNo, 'no'],
  ] as const) {
    app.action(actionId, async ({ ack, body, respond }) => {
      await ack();
      const click = parseButtonClick(body);
      if (click === undefined) return;
      const outcome = await services.answerInvitation(click.userId, click.value, answer, new Date());
      const say = respond as Respond;
      if (outcome.status === 'recorded') {
        const message = buildInviteeMessage({ kind: 'invitation', training: outcome.training, zone: outcome.zone, answer });
        await say({ replace_original: true, ...message });
        return;
      }
      await say(ephemeral(outcome.status === 'started' ? words.started : outcome.status === 'not_found' ? words.notFound : words.notInvited));
    });
  }

  app.action(ids.attendance, async ({ ack, body, client, respond }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const outcome = await services.readAttendance(click.userId, click.value);
    if (outcome.status === 'ok') {
      await client.views.open({ trigger_id: click.triggerId, view: buildAttendanceModal(outcome.roll) });
      return;
    }
    await (respond as Respond)(ephemeral(outcome.status === 'not_allowed' ? words.notAllowedAttendance : words.notFound));
  });

  app.view(ids.attendanceView, async ({ ack, body }) => {
    const parsed = attendanceSubmission.parse(body);
    const chosen = (parsed.view.state.values[ids.attendanceBlock]?.[ids.attendanceInput]?.selected_options ?? []).map((o) => o.value);
    const outcome = await services.markAttendance(parsed.user.id, parsed.view.private_metadata, chosen, new Date());
    if (outcome.status === 'marked') await ack();
    else if (outcome.status === 'not_invitees') await ack({ response_action: 'errors', errors: { [ids.attendanceBlock]: words.attendanceNotInvitees } });
    else await ack({ response_action: 'update', view: buildHomeNotice(words.attendanceTitle, outcome.status === 'not_allowed' ? words.notAllowedAttendance : words.notFound) });
  });
}

const attendanceSubmission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    private_metadata: z.string(),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), z.object({ selected_options: z.array(z.object({ value: z.string() }).loose()).nullish() }).loose())) }),
  }),
});
