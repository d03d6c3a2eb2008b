import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import { parseButtonClick } from '../../../slack/button-click.js';
import { buildNotAllowedMessage } from '../../../slack/refusals.js';
import { formatMatchCsv } from '../domain/match-csv.js';
import type { MatchingUseCases } from '../use-cases.js';
import type { MatchingSender } from '../ports.js';
import { matchingCopy as words } from './copy.js';
import { matchingIds as ids } from './ids.js';
import { buildImportModal, buildImportNotice, buildMatchAnswer, buildMatchPreview, describeFit } from './match-views.js';
import { buildQuestionnaireErrors, buildQuestionnaireModal, buildQuestionnaireNotice } from './questionnaire-views.js';

const option = z.object({ value: z.string().max(200) });
const input = z
  .object({
    selected_option: option.nullish(),
    selected_options: z.array(option).max(100).nullish(),
    selected_users: z.array(z.string().max(40)).max(50).nullish(),
    value: z.string().nullish(),
    files: z.array(z.object({ id: z.string().min(1) }).loose()).nullish(),
  })
  .loose();
const submission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({ id: z.string().min(1), private_metadata: z.string().max(100).optional(), state: z.object({ values: z.record(z.string(), z.record(z.string(), input)) }) }),
});

type Services = Pick<MatchingUseCases, 'questionnaireAccess' | 'answerQuestionnaire' | 'applyMatch' | 'proposalCsvSource' | 'importMatch'>;

/** The questionnaire's button and form; the match preview's *Apply*, *Download CSV* and *Import edited CSV*, and the import form. */
export function registerMatching(app: App, services: Services, sender: Pick<MatchingSender, 'sendMatchFile'>, messenger: Pick<Messenger, 'dm'>): void {
  app.action(ids.open, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const access = await services.questionnaireAccess(click.userId, click.value);
    await client.views.open({ trigger_id: click.triggerId, view: access.status === 'open' ? buildQuestionnaireModal(access.round, access.form) : buildQuestionnaireNotice(access) });
  });

  app.view(ids.answerView, async ({ ack, body }) => {
    const { user, view } = submission.parse(body);
    const value = (block: string) => view.state.values[block]?.[ids.input];
    const many = (block: string) => (value(block)?.selected_options ?? []).map((o) => o.value);
    const text = (block: string) => value(block)?.value ?? undefined;
    const outcome = await services.answerQuestionnaire(
      user.id,
      view.private_metadata ?? '',
      {
        specialties: many(ids.specialtiesBlock),
        region: value(ids.regionBlock)?.selected_option?.value,
        background: text(ids.backgroundBlock),
        hobbies: many(ids.hobbiesBlock),
        hobbiesText: text(ids.hobbiesTextBlock),
        contact: value(ids.contactBlock)?.selected_option?.value,
        learningCommunity: value(ids.communityBlock)?.selected_option?.value,
        mdphd: value(ids.mdphdBlock)?.selected_option?.value,
        mentors: value(ids.mentorsBlock)?.selected_users ?? [],
      },
      new Date(),
    );
    if (outcome.status === 'invalid') await ack({ response_action: 'errors', errors: buildQuestionnaireErrors(outcome.problems) });
    else await ack({ response_action: 'update', view: buildQuestionnaireNotice(outcome) });
  });

  app.action(ids.apply, async ({ ack, body, respond }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const outcome = await services.applyMatch(click.userId, click.value, new Date());
    await respond({ response_type: 'ephemeral', replace_original: false, ...(outcome.status === 'not_allowed' ? buildNotAllowedMessage() : buildMatchAnswer(outcome)) });
  });

  app.action(ids.csv, async ({ ack, body, respond }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const found = await services.proposalCsvSource(click.userId, click.value);
    if (found.status !== 'preview') {
      await respond({ response_type: 'ephemeral', replace_original: false, ...(found.status === 'not_allowed' ? buildNotAllowedMessage() : buildMatchAnswer(found)) });
      return;
    }
    await respond({ response_type: 'ephemeral', replace_original: false, text: words.csvSending });
    const csv = formatMatchCsv(found.preview, found.names, (p) => describeFit(p, found.names));
    const rows = found.preview.summary.mentees;
    await sender.sendMatchFile(click.userId, { filename: `match-${found.proposal.roundId}-${found.proposal.id}.csv`, csv, rows });
  });

  app.action(ids.importOpen, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click !== undefined) await client.views.open({ trigger_id: click.triggerId, view: buildImportModal() });
  });

  app.view(ids.importView, async ({ ack, body, client }) => {
    const { user, view } = submission.parse(body);
    const fileId = view.state.values[ids.importFileBlock]?.[ids.input]?.files?.[0]?.id;
    if (fileId === undefined) {
      await ack({ response_action: 'errors', errors: { [ids.importFileBlock]: words.importNoFile } });
      return;
    }
    await ack({ response_action: 'update', view: buildImportNotice(words.importWorking) });
    const outcome = await services.importMatch(user.id, fileId, new Date());
    const show = (text: string) => client.views.update({ view_id: view.id, view: buildImportNotice(text) }).catch(() => undefined);
    if (outcome.status === 'not_allowed') {
      await show(buildNotAllowedMessage().text);
    } else if (outcome.status === 'preview') {
      await messenger.dm(user.id, buildMatchPreview(outcome));
      await show(words.importDone);
    } else {
      await show(buildMatchAnswer(outcome).text);
    }
  });
}
