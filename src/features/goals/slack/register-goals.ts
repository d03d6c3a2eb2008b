import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { CommandHandler, CommandRoutes } from '../../../slack/contributions.js';
import { buildHomeNotice, registerHomeButtonModal } from '../../../slack/home-buttons.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { MAX_GOALS, type GoalEntry } from '../domain/goal.js';
import type { GoalUseCases } from '../use-cases.js';
import { goalsCopy as words } from './copy.js';
import { buildGoalsErrors, buildGoalsModal, buildNotAMentee, buildGoalsSaved } from './goals-views.js';
import { goalIds as ids } from './ids.js';

type Services = Pick<GoalUseCases, 'startGoals' | 'saveGoals'>;

const commandPayload = z.object({ user_id: z.string().min(1), trigger_id: z.string().min(1) });

/** `/mentor-goals`: the goals form, or a kind refusal for someone who is not a current mentee. */
export function goalsCommandRoutes(services: Services): CommandRoutes {
  const open: CommandHandler = async ({ ack, command, client, respond }) => {
    await ack();
    const payload = commandPayload.parse(command);
    const outcome = await services.startGoals(payload.user_id, new Date());
    if (outcome.kind === 'not_a_mentee') {
      await respond({ response_type: 'ephemeral', ...buildNotAMentee(outcome.adminIds) });
      return;
    }
    await client.views.open({ trigger_id: payload.trigger_id, view: buildGoalsModal(outcome.goals, outcome.thisMonth) });
  };
  return { '': open };
}

const selected = z.object({ selected_option: z.object({ value: z.string().max(50) }).nullish() }).transform((s) => s.selected_option?.value);
const text = z.object({ value: z.string().nullish() }).transform((t) => t.value ?? undefined);
const slotValues = (slot: number) => ({
  [ids.wordsBlock(slot)]: z.object({ [ids.wordsInput]: text }).optional(),
  [ids.categoryBlock(slot)]: z.object({ [ids.categorySelect]: selected }).optional(),
  [ids.monthBlock(slot)]: z.object({ [ids.monthSelect]: selected }).optional(),
});
const formValues = z.object(Object.assign({}, ...Array.from({ length: MAX_GOALS }, (_, slot) => slotValues(slot))) as ReturnType<typeof slotValues>);
const submission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    private_metadata: z.string().transform((m) => z.object({ ids: z.array(z.string().nullable()).max(MAX_GOALS) }).parse(JSON.parse(m))),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), z.unknown())) }),
  }),
});

/** The form's slots as submitted. */
function entriesOf(values: Record<string, Record<string, unknown>>, goalIds: readonly (string | null)[]): GoalEntry[] {
  const read = formValues.parse(values) as Record<string, Record<string, string | undefined> | undefined>;
  return Array.from({ length: MAX_GOALS }, (_, slot) => ({
    id: goalIds[slot] ?? undefined,
    words: read[ids.wordsBlock(slot)]?.[ids.wordsInput],
    category: read[ids.categoryBlock(slot)]?.[ids.categorySelect],
    targetMonth: read[ids.monthBlock(slot)]?.[ids.monthSelect],
  }));
}

/** The goals form's submission (problems shown under their fields, nothing stored), and Home's *Set goals*. */
export function registerGoalsForm(app: App, services: Services, confirm: (userId: string, message: SlackMessage) => Promise<unknown>): void {
  app.view(ids.modal, async ({ ack, body }) => {
    const { user, view } = submission.parse(body);
    const outcome = await services.saveGoals(user.id, entriesOf(view.state.values, view.private_metadata.ids), new Date());
    if (outcome.kind === 'invalid') {
      await ack({ response_action: 'errors', errors: buildGoalsErrors(outcome.problems) });
      return;
    }
    if (outcome.kind === 'not_a_mentee') {
      await ack({ response_action: 'errors', errors: { [ids.wordsBlock(0)]: buildNotAMentee(outcome.adminIds).text } });
      return;
    }
    await ack();
    await confirm(user.id, buildGoalsSaved(outcome.goals));
  });
  registerHomeButtonModal(app, ids.homeButton, async (click) => {
    const outcome = await services.startGoals(click.userId, new Date());
    return outcome.kind === 'form' ? buildGoalsModal(outcome.goals, outcome.thisMonth) : buildHomeNotice(words.modalTitle, buildNotAMentee(outcome.adminIds).text);
  });
}
