import type { KnownBlock, ModalView, PlainTextOption } from '../../../slack/blocks.js';
import { buildFormModal } from '../../../slack/blocks.js';
import { buildNoticeModal } from '../../../slack/home-buttons.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { CONTACT_WAYS, HOBBIES, MAX_BACKGROUND_CHARS, MAX_HOBBIES_TEXT_CHARS, MAX_NAMED_MENTORS, REGIONS, SPECIALTIES, type QuestionnaireField, type QuestionnaireProblem } from '../domain/questionnaire.js';
import type { MatchingRound } from '../ports.js';
import type { AnswerOutcome, QuestionnaireForm } from '../use-cases.js';
import { matchingCopy as words } from './copy.js';
import { matchingIds as ids } from './ids.js';

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const option = (value: string, text = value): PlainTextOption => ({ text: plain(text), value });

/** The invitation (or reminder) DM, with the button opening the form (its value: the round). */
export function buildQuestionnaireDm(round: MatchingRound, reminder: boolean): SlackMessage {
  const text = reminder ? words.reminder : words.invitation;
  return { text, blocks: [section(text), { type: 'actions', elements: [{ type: 'button', action_id: ids.open, value: round.id, style: 'primary', text: plain(words.openButton) }] }] };
}

/** The questionnaire form, filled with the person's answers so far (they may change them until the match). */
export function buildQuestionnaireModal(round: MatchingRound, form: QuestionnaireForm): ModalView {
  const a = form.answers;
  const input = (blockId: string, label: string, element: Record<string, unknown>, extra: { optional?: boolean; hint?: string } = {}): KnownBlock =>
    ({ type: 'input', block_id: blockId, label: plain(label), optional: extra.optional ?? false, ...(extra.hint === undefined ? {} : { hint: plain(extra.hint) }), element: { action_id: ids.input, ...element } }) as KnownBlock;
  const initialMany = (values: readonly string[] | undefined, labels?: (v: string) => string) => (values === undefined || values.length === 0 ? {} : { initial_options: values.map((v) => option(v, labels?.(v))) });
  const initialOne = (value: string | undefined, labels?: (v: string) => string) => (value === undefined ? {} : { initial_option: option(value, labels?.(value)) });
  const communities = form.ownCommunity === undefined ? form.communities : [form.ownCommunity, ...form.communities.filter((c) => c !== form.ownCommunity)];
  const mdphd = a === undefined ? undefined : a.mdphd ? 'yes' : 'no';
  const blocks: KnownBlock[] = [
    section(a === undefined ? words.formIntro : `${words.formIntroChange} ${words.formIntro}`),
    input(ids.specialtiesBlock, words.labels.specialties, { type: 'multi_static_select', options: SPECIALTIES.map((s) => option(s)), ...initialMany(a?.specialties) }, { hint: words.hints.specialties }),
    input(ids.regionBlock, words.labels.region, { type: 'static_select', options: REGIONS.map((r) => option(r)), ...initialOne(a?.region) }, { optional: true }),
    input(ids.backgroundBlock, words.labels.background, { type: 'plain_text_input', multiline: true, max_length: MAX_BACKGROUND_CHARS, ...(a?.background === undefined ? {} : { initial_value: a.background }) }, { optional: true, hint: words.hints.background }),
    input(ids.hobbiesBlock, words.labels.hobbies, { type: 'multi_static_select', options: HOBBIES.map((h) => option(h)), ...initialMany(a?.hobbies) }, { optional: true }),
    input(ids.hobbiesTextBlock, words.labels.hobbiesText, { type: 'plain_text_input', max_length: MAX_HOBBIES_TEXT_CHARS, ...(a?.hobbiesText === undefined ? {} : { initial_value: a.hobbiesText }) }, { optional: true, hint: words.hints.hobbiesText }),
    input(ids.contactBlock, words.labels.contact, { type: 'static_select', options: CONTACT_WAYS.map((c) => option(c)), ...initialOne(a?.contact) }),
    input(ids.communityBlock, words.labels.community, { type: 'static_select', options: communities.map((c) => option(c, words.community(c))), ...initialOne(a?.learningCommunity, words.community) }),
    input(ids.mdphdBlock, words.labels.mdphd, { type: 'radio_buttons', options: [option('yes', words.yes), option('no', words.no)], ...initialOne(mdphd, (v) => (v === 'yes' ? words.yes : words.no)) }),
  ];
  if (form.namesMentors) {
    blocks.push(
      input(ids.mentorsBlock, words.labels.mentors, { type: 'multi_users_select', max_selected_items: MAX_NAMED_MENTORS, ...(a === undefined || a.mentors.length === 0 ? {} : { initial_users: [...a.mentors] }) }, { optional: true, hint: words.hints.mentors }),
    );
  }
  return buildFormModal(ids.answerView, { modalTitle: words.formTitle, modalSubmit: words.formSubmit, modalClose: words.close }, blocks, round.id);
}

const BLOCK_OF: Record<QuestionnaireField, string> = {
  specialties: ids.specialtiesBlock,
  region: ids.regionBlock,
  background: ids.backgroundBlock,
  hobbies: ids.hobbiesBlock,
  hobbiesText: ids.hobbiesTextBlock,
  contact: ids.contactBlock,
  learningCommunity: ids.communityBlock,
  mdphd: ids.mdphdBlock,
  mentors: ids.mentorsBlock,
};

/** The form's errors, by block. */
export function buildQuestionnaireErrors(problems: readonly QuestionnaireProblem[]): Record<string, string> {
  return Object.fromEntries(problems.map((p) => [BLOCK_OF[p.field], words.problem(p)]));
}

/** What a person sees instead of (or after) the form. */
export function buildQuestionnaireNotice(outcome: Exclude<AnswerOutcome, { status: 'invalid' }>): ModalView {
  const notice = (title: string, text: string) => buildNoticeModal(ids.noticeView, title, text);
  switch (outcome.status) {
    case 'recorded':
      return notice(words.recordedTitle, words.recorded);
    case 'changed':
      return notice(words.recordedTitle, words.changed);
    case 'closed':
      return notice(words.closedTitle, words.closed);
    case 'not_found':
      return notice(words.notFoundTitle, words.notFound);
    case 'not_concerned':
      return notice(words.notFoundTitle, words.notConcerned);
  }
}
