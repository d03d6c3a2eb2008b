import type { KnownBlock, ModalView } from '../../../slack/blocks.js';
import { buildFormModal } from '../../../slack/blocks.js';
import { buildNoticeModal } from '../../../slack/home-buttons.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import type { AnswerProblem, Survey } from '../domain/survey.js';
import { FREE_TEXT_MAX, TEMPLATES } from '../domain/templates.js';
import type { AnswerOutcome } from '../use-cases.js';
import { surveyCopy as words } from './copy.js';
import { surveyIds as ids } from './ids.js';

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** The invitation (or the reminder) DM: its words and the button opening the survey's form. */
export function buildSurveyDm(survey: Survey, reminder: boolean): SlackMessage {
  const title = TEMPLATES[survey.template].title;
  const text = reminder ? words.reminder(title, survey.closesOn) : words.invitation(title, survey.closesOn, survey.anonymous);
  return {
    text,
    blocks: [section(text), { type: 'actions', elements: [{ type: 'button', action_id: ids.open, value: survey.id, style: 'primary', text: plain(words.openButton) }] }],
  };
}

/** The survey's form: each item as radio buttons 1–5, then the optional free-text question. The survey's id comes back with it. */
export function buildAnswerModal(survey: Survey): ModalView {
  const template = TEMPLATES[survey.template];
  const scale = [1, 2, 3, 4, 5].map((n) => ({ text: plain(words.scaleLabel(n)), value: String(n) }));
  const blocks: KnownBlock[] = [
    section(words.answerIntro(survey.anonymous)),
    ...template.items.map(
      (item, index): KnownBlock => ({ type: 'input', block_id: ids.itemBlock(index), label: plain(item), element: { type: 'radio_buttons', action_id: ids.itemInput, options: scale } }),
    ),
    {
      type: 'input',
      block_id: ids.textBlock,
      optional: true,
      label: plain(template.freeText),
      hint: plain(words.textHint),
      element: { type: 'plain_text_input', action_id: ids.textInput, multiline: true, max_length: FREE_TEXT_MAX },
    },
  ];
  return buildFormModal(ids.answerView, { modalTitle: 'Survey', modalSubmit: words.answerSubmit, modalClose: words.close }, blocks, survey.id);
}

/** The form's errors, by block. */
export function buildAnswerErrors(problems: readonly AnswerProblem[]): Record<string, string> {
  return Object.fromEntries(problems.map((p) => (p.code === 'unanswered' ? [ids.itemBlock(p.item), words.problems.unanswered] : [ids.textBlock, words.problems.tooLong(FREE_TEXT_MAX, p.length)])));
}

/** What a person sees instead of (or after) the form. */
export function buildAnswerNotice(outcome: Exclude<AnswerOutcome, { status: 'open' | 'invalid' }>): ModalView {
  const notice = (title: string, text: string) => buildNoticeModal(ids.noticeView, title, text);
  switch (outcome.status) {
    case 'recorded':
      return notice(words.thanksTitle, words.thanks);
    case 'answered':
      return notice(words.alreadyTitle, words.already);
    case 'closed':
      return notice(words.closedTitle, words.closed(outcome.survey.closesOn));
    case 'not_found':
      return notice(words.notFoundTitle, words.notFound);
    case 'not_concerned':
      return notice(words.notFoundTitle, words.notConcerned);
  }
}
