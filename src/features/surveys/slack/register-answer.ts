import type { App } from '@slack/bolt';
import { z } from 'zod';
import { parseButtonClick } from '../../../slack/button-click.js';
import { MAX_ITEMS } from '../domain/templates.js';
import type { SurveyUseCases } from '../use-cases.js';
import { buildAnswerErrors, buildAnswerModal, buildAnswerNotice } from './answer-views.js';
import { surveyIds as ids } from './ids.js';

const input = z.object({ selected_option: z.object({ value: z.string() }).nullish(), value: z.string().nullish() }).loose();
const submission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({ private_metadata: z.string().min(1).max(100), state: z.object({ values: z.record(z.string(), z.record(z.string(), input)) }) }),
});

/** *Take the survey* opens its form, or says why not (answered, closed); the form's submission is recorded once. */
export function registerAnswerActions(app: App, services: Pick<SurveyUseCases, 'surveyAccess' | 'answerSurvey'>): void {
  app.action(ids.open, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const access = await services.surveyAccess(click.userId, click.value, new Date());
    await client.views.open({ trigger_id: click.triggerId, view: access.status === 'open' ? buildAnswerModal(access.survey) : buildAnswerNotice(access) });
  });

  app.view(ids.answerView, async ({ ack, body }) => {
    const { user, view } = submission.parse(body);
    const values = view.state.values;
    const scores = Array.from({ length: MAX_ITEMS }, (_, item) => values[ids.itemBlock(item)]?.[ids.itemInput]?.selected_option?.value);
    const outcome = await services.answerSurvey(user.id, view.private_metadata, { scores, text: values[ids.textBlock]?.[ids.textInput]?.value ?? undefined }, new Date());
    if (outcome.status === 'invalid') await ack({ response_action: 'errors', errors: buildAnswerErrors(outcome.problems) });
    else if (outcome.status === 'open') await ack();
    else await ack({ response_action: 'update', view: buildAnswerNotice(outcome) });
  });
}
