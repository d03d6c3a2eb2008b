import { CONTACT_KINDS, type Contact } from '../../../program/records/contact.js';
import { buildFormModal, type KnownBlock, type ModalView, type PlainTextOption } from '../../../slack/blocks.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';
import type { CheckinProblem } from '../domain/checkin.js';
import { CONCERN_CATEGORIES, type ConcernCategory } from '../domain/concern.js';
import { answerCopy } from './answer-copy.js';
import { buildCheckinRefusal, buildContactConfirmation } from './checkin-views.js';
import { checkinCopy } from './copy.js';
import { checkinIds } from './ids.js';

const c = checkinIds;
const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
const option = (text: string, value: string): PlainTextOption => ({ text: plain(text), value });
const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const message = (text: string): SlackMessage => ({ text, blocks: [section(text)] });

/** *In touch*: the kind (a Slack message preselected, so Log it is the second click) and the minutes, nothing else. */
export function buildTouchModal(mentee: { readonly id: string }, metadata: string): ModalView {
  const kinds = CONTACT_KINDS.map((kind) => option(checkinCopy.kindOptions[kind], kind));
  return buildFormModal(
    c.touchModal,
    answerCopy.touch,
    [
      { type: 'context', elements: [{ type: 'mrkdwn', text: answerCopy.touch.intro(`<@${mentee.id}>`) }] },
      {
        type: 'input',
        block_id: c.kindBlock,
        label: plain(checkinCopy.kindLabel),
        element: { type: 'static_select', action_id: c.kindInput, options: kinds, initial_option: kinds[0]! },
      },
      {
        type: 'input',
        block_id: c.minutesBlock,
        optional: true,
        label: plain(checkinCopy.minutesLabel),
        hint: plain(checkinCopy.minutesHint),
        element: { type: 'number_input', action_id: c.minutesInput, is_decimal_allowed: false, min_value: '0', max_value: '600' },
      },
    ],
    metadata,
  );
}

/** *Concern*: a category and an optional private note, with what the Faculty Mentor will (and won't) learn. */
export function buildConcernModal(mentee: { readonly id: string }, metadata: string): ModalView {
  const words = answerCopy.concern;
  return buildFormModal(
    c.concernModal,
    words,
    [
      { type: 'context', elements: [{ type: 'mrkdwn', text: words.intro(`<@${mentee.id}>`) }] },
      {
        type: 'input',
        block_id: c.concernCategoryBlock,
        label: plain(words.categoryLabel),
        element: { type: 'radio_buttons', action_id: c.concernCategoryInput, options: CONCERN_CATEGORIES.map((k) => option(words.categories[k], k)) },
      },
      {
        type: 'input',
        block_id: c.concernNoteBlock,
        optional: true,
        label: plain(words.noteLabel),
        hint: plain(words.noteHint),
        element: { type: 'plain_text_input', action_id: c.concernNoteInput, multiline: true, max_length: 1_000 },
      },
    ],
    metadata,
  );
}

/** The concern form once sent: thanks and, for well-being, the school's support resources to pass on. */
export function buildConcernDoneModal(menteeId: string, category: ConcernCategory, supportResourcesText: string): ModalView {
  const words = answerCopy.concern;
  const blocks: KnownBlock[] = [section(words.done(`<@${menteeId}>`))];
  if (category === 'wellbeing') blocks.push(section(`${words.supportHeading(`<@${menteeId}>`)}\n${escapeMrkdwn(supportResourcesText)}`.slice(0, 3_000)));
  return { type: 'modal', callback_id: c.concernDone, title: plain(words.doneTitle), close: plain(words.doneClose), blocks };
}

/** Why a concern was not sent (the roster said no after the form closed). */
export function buildConcernRefusal(problems: readonly (keyof typeof answerCopy.refused)[]): SlackMessage {
  return message([...problems.map((p) => answerCopy.refused[p]), answerCopy.concern.notSent].join('\n'));
}

/** Why a prompt's answer was not recorded (not a mentor, not their mentee). */
export function buildAnswerRefusal(problem: 'not_a_mentor' | 'not_your_mentee'): SlackMessage {
  return message(answerCopy.refused[problem]);
}

/** What the mentor is told after *Couldn't reach*. */
export function buildAttemptNotice(menteeId: string, escalated: boolean): SlackMessage {
  return message(escalated ? answerCopy.unreached.escalated(`<@${menteeId}>`) : answerCopy.unreached.noted(`<@${menteeId}>`));
}

/** To a Faculty Mentor: the mentee's name and "not reached this month", nothing more. */
export function buildUnreachedAlert(mentee: { readonly id: string; readonly name: string }): SlackMessage {
  return message(answerCopy.unreached.facultyText(`*${escapeMrkdwn(mentee.name)}* (<@${mentee.id}>)`));
}

/** To a Faculty Mentor: the mentee, the mentor and the category; never the note. */
export function buildConcernAlert(concern: { readonly mentorId: string; readonly menteeId: string; readonly category: ConcernCategory }): SlackMessage {
  return message(answerCopy.concern.facultyText(`<@${concern.menteeId}>`, `<@${concern.mentorId}>`, answerCopy.concern.categories[concern.category]));
}

/** A reply in a prompt's thread that logged a contact: the usual confirmation, with Undo. */
export function buildReplyConfirmation(contact: Contact): SlackMessage {
  return buildContactConfirmation(contact);
}

/** What makes a reply unreadable as a check-in (answered with the grammar, never with its own words). */
const UNREADABLE: ReadonlySet<CheckinProblem['code']> = new Set(['no_mentees', 'plain_name', 'missing_kind', 'unknown_kind', 'unexpected_words']);

/** A reply in a prompt's thread that logged nothing: the grammar when it could not be read, else what the roster refused. */
export function buildReplyRefusal(problems: readonly CheckinProblem[]): SlackMessage {
  const unreadable = problems.some((p) => UNREADABLE.has(p.code));
  return unreadable ? message(answerCopy.reply.grammar) : buildCheckinRefusal(problems);
}
