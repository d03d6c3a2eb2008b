import { AUDIENCE_ROLES } from '../../../program/audience.js';
import type { KnownBlock, ModalView } from '../../../slack/blocks.js';
import { buildFormModal } from '../../../slack/blocks.js';
import { buildNoticeModal } from '../../../slack/home-buttons.js';
import { MAX_OPEN_DAYS, type LaunchProblem, type Survey } from '../domain/survey.js';
import { SURVEY_TEMPLATES, TEMPLATES } from '../domain/templates.js';
import { surveyCopy as words } from './copy.js';
import { surveyIds as ids } from './ids.js';

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const option = (value: string, text: string) => ({ text: plain(text), value });

/** `/mentor-admin survey`'s form: template, roles, tracks, anonymous or not, closing date. */
export function buildLaunchModal(tracks: readonly string[]): ModalView {
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: ids.templateBlock,
      label: plain(words.templateLabel),
      element: { type: 'static_select', action_id: ids.templateInput, options: SURVEY_TEMPLATES.map((t) => option(t, TEMPLATES[t].title)) },
    },
    {
      type: 'input',
      block_id: ids.rolesBlock,
      optional: true,
      label: plain(words.rolesLabel),
      hint: plain(words.audienceHint),
      element: { type: 'checkboxes', action_id: ids.rolesInput, options: AUDIENCE_ROLES.map((r) => option(r, words.roleLabels[r])) },
    },
    {
      type: 'input',
      block_id: ids.tracksBlock,
      optional: true,
      label: plain(words.tracksLabel),
      element: { type: 'checkboxes', action_id: ids.tracksInput, options: tracks.slice(0, 10).map((t) => option(t, words.trackLabel(t))) },
    },
    {
      type: 'input',
      block_id: ids.anonymousBlock,
      label: plain(words.anonymousLabel),
      element: { type: 'radio_buttons', action_id: ids.anonymousInput, options: [option('yes', words.anonymousYes), option('no', words.anonymousNo)] },
    },
    { type: 'input', block_id: ids.closesBlock, label: plain(words.closesLabel), hint: plain(words.closesHint), element: { type: 'datepicker', action_id: ids.closesInput } },
  ];
  return buildFormModal(ids.launchView, { modalTitle: words.launchTitle, modalSubmit: words.launchSubmit, modalClose: words.close }, blocks);
}

/** The form's errors, by block. */
export function buildLaunchErrors(problems: readonly LaunchProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of problems) {
    if (p.field === 'template') errors[ids.templateBlock] = words.problems.template;
    else if (p.field === 'audience') errors[ids.rolesBlock] = p.code === 'missing' ? words.problems.audienceMissing : words.problems.audienceUnknown;
    else if (p.field === 'anonymous') errors[ids.anonymousBlock] = words.problems.anonymous;
    else errors[ids.closesBlock] = p.code === 'missing' ? words.problems.closesMissing : p.code === 'too_far' ? words.problems.closesTooFar(MAX_OPEN_DAYS) : words.problems.closesNotAfterToday;
  }
  return errors;
}

export const buildLaunchedModal = (survey: Survey): ModalView =>
  buildNoticeModal(ids.noticeView, words.launchedTitle, words.launched(TEMPLATES[survey.template].title, survey.id, survey.closesOn, survey.anonymous));
