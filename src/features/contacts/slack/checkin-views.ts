import type { CheckinProblem } from '../domain/checkin.js';
import { CONTACT_KINDS, type Contact } from '../../../program/records/contact.js';
import type { CheckinForm } from '../prepare-checkin.js';
import type { CheckinPrompt } from '../ports.js';
import { checkinIds } from './ids.js';
import { buildFormModal, type KnownBlock, type ModalView, type PlainTextOption } from '../../../slack/blocks.js';
import { checkinCopy } from './copy.js';
import { answerCopy } from './answer-copy.js';
import { formatLongDate, formatMonth } from '../../../slack/format-time.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';

const words = checkinCopy;

const mentions = (personIds: readonly string[]) => personIds.map((id) => `<@${id}>`).join(', ');

/** What a contact was, for its author: `a call with <@M1> on Mon 14 Sep 2026, 20 minutes`. */
export function describeContact(contact: Pick<Contact, 'kind' | 'group' | 'menteeIds' | 'date' | 'minutes'>): string {
  const kind = words.kindLabels[contact.kind];
  const what = contact.group ? `${words.groupWord} ${kind}` : kind;
  const article = /^[aeiou]/i.test(what) ? 'an' : 'a';
  return `${article} ${what} with ${mentions(contact.menteeIds)} on ${formatLongDate(contact.date)}, ${words.minutes(contact.minutes)}`;
}

/** The words for one problem; `surface` says whether the person used the form or the one-line command. */
export function describeProblem(problem: CheckinProblem, surface: 'form' | 'line'): string {
  const p = words.problems;
  switch (problem.code) {
    case 'not_a_mentor':
      return words.notAMentor;
    case 'no_mentees':
      return surface === 'form' ? p.noMenteesChosen : p.noMenteesNamed;
    case 'not_your_mentees':
      return p.notYourMentees(mentions(problem.personIds), problem.personIds.length > 1);
    case 'individual_with_several':
      return p.individualWithSeveral;
    case 'plain_name':
      return p.plainName(escapeMrkdwn(problem.word));
    case 'missing_kind':
      return p.missingKind;
    case 'unknown_kind':
      return p.unknownKind(escapeMrkdwn(problem.word));
    case 'invalid_date':
      return p.invalidDate;
    case 'future_date':
      return p.futureDate;
    case 'too_old':
      return p.tooOld;
    case 'bad_minutes':
      return p.badMinutes;
    case 'note_too_long':
      return p.noteTooLong;
    case 'unexpected_words':
      return p.unexpectedWords(escapeMrkdwn(problem.words.join(' ')));
    case 'use_the_form':
      return problem.words;
  }
}

/** The refusal of a one-line check-in: every problem, and that nothing was logged. */
export function buildCheckinRefusal(problems: readonly CheckinProblem[]): SlackMessage {
  const text = [...problems.map((p) => describeProblem(p, 'line')), words.nothingLogged].join('\n');
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

const BLOCK_OF_FIELD: Readonly<Record<CheckinProblem['field'], string>> = {
  actor: checkinIds.menteesBlock,
  mentees: checkinIds.menteesBlock,
  text: checkinIds.menteesBlock,
  kind: checkinIds.kindBlock,
  date: checkinIds.dateBlock,
  minutes: checkinIds.minutesBlock,
  note: checkinIds.noteBlock,
};

/** The form's `errors`, by block: what is wrong with each field. */
export function buildCheckinFormErrors(problems: readonly CheckinProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const block = BLOCK_OF_FIELD[problem.field];
    const text = describeProblem(problem, 'form');
    errors[block] = errors[block] === undefined ? text : `${errors[block]} ${text}`;
  }
  return errors;
}

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
const option = (text: string, value: string): PlainTextOption => ({ text: plain(text.slice(0, 75)), value });

/** The check-in modal: only the mentor's own mentees are offered; `metadata` comes back with the submission. */
export function buildCheckinModal(form: CheckinForm, metadata: string): ModalView {
  const menteeOptions = form.mentees.slice(0, 100).map((m) => option(m.name, m.id));
  const initialMentees = menteeOptions.filter((o) => form.selected.includes(o.value!));
  const kindOptions = CONTACT_KINDS.map((kind) => option(words.kindOptions[kind], kind));
  const modeOptions = [option(words.individual, 'individual'), option(words.group, 'group')];
  const c = checkinIds;
  const blocks: KnownBlock[] = [
    { type: 'context', elements: [{ type: 'mrkdwn', text: words.modalIntro }] },
    {
      type: 'input',
      block_id: c.menteesBlock,
      label: plain(words.menteesLabel),
      element: {
        type: 'multi_static_select',
        action_id: c.menteesInput,
        placeholder: plain(words.menteesPlaceholder),
        options: menteeOptions,
        ...(initialMentees.length > 0 ? { initial_options: initialMentees } : {}),
      },
    },
    {
      type: 'input',
      block_id: c.kindBlock,
      label: plain(words.kindLabel),
      element: {
        type: 'static_select',
        action_id: c.kindInput,
        placeholder: plain(words.kindPlaceholder),
        options: kindOptions,
        ...(form.kind !== undefined ? { initial_option: kindOptions.find((o) => o.value === form.kind)! } : {}),
      },
    },
    {
      type: 'input',
      block_id: c.modeBlock,
      label: plain(words.modeLabel),
      element: { type: 'radio_buttons', action_id: c.modeInput, options: modeOptions, initial_option: modeOptions[form.group ? 1 : 0]! },
    },
    {
      type: 'input',
      block_id: c.dateBlock,
      label: plain(words.dateLabel),
      hint: plain(words.dateHint(formatLongDate(form.earliest))),
      element: { type: 'datepicker', action_id: c.dateInput, initial_date: form.today },
    },
    {
      type: 'input',
      block_id: c.minutesBlock,
      optional: true,
      label: plain(words.minutesLabel),
      hint: plain(words.minutesHint),
      element: { type: 'number_input', action_id: c.minutesInput, is_decimal_allowed: false, min_value: '0', max_value: '600' },
    },
    {
      type: 'input',
      block_id: c.noteBlock,
      optional: true,
      label: plain(words.noteLabel),
      hint: plain(words.noteHint),
      element: { type: 'plain_text_input', action_id: c.noteInput, multiline: true, max_length: 1_000 },
    },
  ];
  // The tracks' questions, after the minutes: about the mentees named, required by Slack when they are all the form offers.
  const nameOf = new Map(form.mentees.map((m) => [m.id, m.name]));
  const questions = (form.questions ?? []).map((q) => q.question.block(q.about.map((id) => nameOf.get(id) ?? id), form.mentees.every((m) => q.about.includes(m.id))));
  blocks.splice(blocks.length - 1, 0, ...questions);
  return buildFormModal(c.modal, words, blocks, metadata);
}

/** The author's confirmation: what was logged, their private note, and Undo. */
export function buildContactConfirmation(contact: Contact, again = false): SlackMessage {
  const what = describeContact(contact);
  const headline = again ? words.loggedAgain(what) : words.logged(what);
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: headline } }];
  if (contact.note !== undefined) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `${words.noteHeading} ${escapeMrkdwn(contact.note)}`.slice(0, 3_000) }] });
  }
  blocks.push({
    type: 'actions',
    elements: [{ type: 'button', action_id: checkinIds.undo, text: plain(words.undoButton), value: contact.id }],
  });
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: words.undoHint }] });
  return { text: headline, blocks };
}

export function buildContactUndone(contact: Contact): SlackMessage {
  const text = words.undone(describeContact(contact));
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}


/** At most this many mentee lines (two blocks each): a message holds 50 blocks. */
const PROMPT_MENTEE_LINES = 20;

/** The monthly check-in prompt: each mentee's month and semester status and three answers, and a button for a group meeting. */
export function buildCheckinPromptMessage(prompt: CheckinPrompt): SlackMessage {
  const month = formatMonth(prompt.month.key);
  const monthName = month.split(' ')[0]!;
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(words.promptHeader(month)) },
    { type: 'section', text: { type: 'mrkdwn', text: words.promptIntro } },
  ];
  const shown = prompt.mentees.slice(0, PROMPT_MENTEE_LINES);
  for (const mentee of shown) {
    const status = [words.promptMonth(monthName, mentee.communicated)];
    if (prompt.semester !== undefined && mentee.met !== undefined) status.push(words.promptSemester(prompt.semester.label, mentee.met));
    if (!mentee.communicated && mentee.attempts > 0) status.push(words.promptAttempts(mentee.attempts));
    const value = `${prompt.month.key}|${mentee.id}`;
    blocks.push(
      { type: 'section', text: { type: 'mrkdwn', text: [`*<@${mentee.id}>*`, status.join('  ·  '), ...(mentee.notes ?? [])].join('\n').slice(0, 3_000) } },
      {
        type: 'actions',
        elements: [
          { type: 'button', action_id: checkinIds.promptTouch, text: plain(answerCopy.touchButton), value },
          { type: 'button', action_id: checkinIds.promptUnreached, text: plain(answerCopy.unreachedButton), value },
          { type: 'button', action_id: checkinIds.promptConcern, text: plain(answerCopy.concernButton), value },
        ],
      },
    );
  }
  if (prompt.mentees.length > shown.length) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: words.promptMore(prompt.mentees.length - shown.length) }] });
  }
  blocks.push(
    {
      type: 'actions',
      elements: [{ type: 'button', action_id: checkinIds.promptGroup, style: 'primary', text: plain(words.promptGroupButton), value: prompt.month.key }],
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: words.promptFooter }] },
  );
  const lines = shown.map((m) => `<@${m.id}>: ${m.communicated ? 'in touch' : 'no communication yet'}`).join('; ');
  return { text: `${words.promptText(month)} ${lines}`.slice(0, 3_000), blocks };
}

/** Why the check-in form does not open: not a mentor; no mentees (or, for a pair not open yet, its track's words on why). */
export function describeCheckinUnavailable(form: { readonly problem: 'not_a_mentor' | 'no_mentees'; readonly waiting?: readonly string[] }): string {
  return form.problem === 'not_a_mentor' ? words.notAMentor : (form.waiting?.join('\n\n') ?? words.noMentees);
}
