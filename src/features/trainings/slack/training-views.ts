import type { KnownBlock, ModalView, PlainTextOption } from '../../../slack/blocks.js';
import { buildFormModal } from '../../../slack/blocks.js';
import { formatInZone } from '../../../slack/format-time.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';
import { context, header, section } from '../../../program/slack/overview-view.js';
import type { TrackDeclaration } from '../../../program/tracks.js';
import type { Training } from '../domain/training.js';
import { AUDIENCE_ROLES } from '../../../program/audience.js';
import { PLACE_MAX, TITLE_MAX, type TrainingFormProblem } from '../domain/training-form.js';
import type { TrainingDelivery } from '../domain/training-schedule.js';
import type { TrainingRoll } from '../ports.js';
import { trainingCopy as words } from './copy.js';
import { trainingIds as ids } from './ids.js';

/** Names on the admin's message before "…and N more" (a message holds 50 blocks; the export has everyone). */
const ROLL_MAX = 40;
/** Options in one group of a select (Slack's cap), and groups in one select. */
const OPTIONS_MAX = 100;
const option = (value: string, text: string): PlainTextOption => ({ value, text: { type: 'plain_text', text: text.slice(0, 75) } });
type InputElement = Extract<KnownBlock, { type: 'input' }>['element'];
const input = (blockId: string, label: string, element: InputElement, extra: { optional?: boolean; hint?: string } = {}): KnownBlock => ({
    type: 'input',
    block_id: blockId,
    label: { type: 'plain_text', text: label },
    ...(extra.optional ? { optional: true } : {}),
    ...(extra.hint === undefined ? {} : { hint: { type: 'plain_text', text: extra.hint } }),
  element,
});

/** `/mentor-admin training`: the form, the date and time read in `zone`. */
export function buildTrainingModal(zone: string, tracks: readonly Pick<TrackDeclaration, 'name' | 'adjective'>[]): ModalView {
  const required = option(ids.requiredValue, words.requiredOption);
  return buildFormModal(ids.formView, words, [
    input(ids.titleBlock, words.titleLabel, { type: 'plain_text_input', action_id: ids.titleInput, max_length: TITLE_MAX }),
    input(ids.dateBlock, words.dateLabel, { type: 'datepicker', action_id: ids.dateInput }),
    input(ids.timeBlock, words.timeLabel, { type: 'timepicker', action_id: ids.timeInput }, { hint: words.timeHint(zone) }),
    input(ids.placeBlock, words.placeLabel, { type: 'plain_text_input', action_id: ids.placeInput, max_length: PLACE_MAX }, { optional: true, hint: words.placeHint }),
    input(ids.rolesBlock, words.rolesLabel, { type: 'checkboxes', action_id: ids.rolesInput, options: AUDIENCE_ROLES.map((r) => option(r, words.roles[r])) }, { optional: true }),
    input(
      ids.tracksBlock,
      words.tracksLabel,
      { type: 'checkboxes', action_id: ids.tracksInput, options: tracks.slice(0, 10).map((t) => option(t.name, words.trackLabel(t.name, t.adjective))) },
      { optional: true, hint: words.audienceHint },
    ),
    input(ids.requiredBlock, words.requiredLabel, { type: 'checkboxes', action_id: ids.requiredInput, options: [required], initial_options: [required] }, { optional: true }),
  ]);
}

/** Each problem under its input (the audience's under the tracks, where the hint explains the choice). */
export function buildTrainingErrors(problems: readonly TrainingFormProblem[]): Record<string, string> {
  const block = { title: ids.titleBlock, date: ids.dateBlock, time: ids.timeBlock, place: ids.placeBlock, audience: ids.tracksBlock } as const;
  const errors: Record<string, string> = {};
  for (const p of problems) errors[block[p.field]] ??= (words.problems[p.field] as Record<string, string>)[p.code]!;
  return errors;
}

function whoLine(training: Training): string {
  const roles = training.audience.roles.length === 0 ? 'everyone' : training.audience.roles.map((r) => words.roles[r].toLowerCase()).join(', ');
  return training.audience.tracks.length === 0 ? roles : `${roles} (${training.audience.tracks.join(', ')})`;
}

function facts(training: Training, zone: string): string {
  return [
    words.when(formatInZone(training.startsAt, zone)),
    ...(training.place === undefined ? [] : [words.where(escapeMrkdwn(training.place))]),
    words.requiredLine(training.required),
  ].join('\n');
}

/** An invitation or the day-before reminder: the training in the invitee's zone, and the answer buttons (or their answer). */
export function buildInviteeMessage(delivery: Pick<TrainingDelivery, 'kind' | 'training' | 'zone' | 'answer'>): SlackMessage {
  const { training } = delivery;
  const title = escapeMrkdwn(training.title);
  const lead = delivery.kind === 'reminder' ? words.reminderLead(title) : words.invitationLead(title, training.required);
  return {
    text: delivery.kind === 'reminder' ? words.reminderText(title) : words.invitationText(title),
    blocks: [section(`${lead}\n${facts(training, delivery.zone)}`), ...answerBlocks(training.id, delivery.answer)],
  };
}

/** The answer so far (if any), and the buttons to give or change it. */
export function answerBlocks(trainingId: string, answer: 'yes' | 'no' | undefined): KnownBlock[] {
  return [
    ...(answer === undefined ? [section(words.rsvpAsk)] : [section(words.answered(answer)), context(words.changeHint)]),
    {
      type: 'actions',
      block_id: ids.rsvpBlock,
      elements: [
        { type: 'button', action_id: ids.rsvpYes, value: trainingId, text: { type: 'plain_text', text: words.yesButton }, ...(answer === 'yes' ? {} : { style: 'primary' as const }) },
        { type: 'button', action_id: ids.rsvpNo, value: trainingId, text: { type: 'plain_text', text: words.noButton } },
      ],
    },
  ];
}

/** The training's message to its admin: the facts, the tally, the invitees (capped), *Mark attendance*. */
export function buildAdminMessage(roll: TrainingRoll): SlackMessage {
  const { training, invitees } = roll;
  const yes = invitees.filter((i) => i.answer === 'yes').length;
  const no = invitees.filter((i) => i.answer === 'no').length;
  const attended = invitees.filter((i) => i.attended).length;
  const lines = invitees.map((i) => words.rollLine(escapeMrkdwn(i.name), words.answerWord[i.answer ?? 'none'], i.attended));
  const shown = lines.length > ROLL_MAX ? [...lines.slice(0, ROLL_MAX), words.rollMore(lines.length - ROLL_MAX)] : lines;
  const chunks: string[] = [];
  for (let i = 0; i < shown.length; i += 10) chunks.push(shown.slice(i, i + 10).join('\n'));
  return {
    text: words.adminText(escapeMrkdwn(training.title)),
    blocks: [
      header(training.title),
      section(`${facts(training, training.zone)}\n${words.who(whoLine(training))}`),
      context(`${words.tally(invitees.length, yes, no, attended)}\n${words.invitationsNote}`),
      ...chunks.map(section),
      { type: 'actions', block_id: ids.adminActions, elements: [{ type: 'button', action_id: ids.attendance, value: training.id, text: { type: 'plain_text', text: words.attendanceButton } }] },
    ],
  };
}

/** The attendance form: the invitees to choose from (in groups of 100), those marked so far chosen. */
export function buildAttendanceModal(roll: TrainingRoll): ModalView {
  const options = roll.invitees.map((i) => option(i.personId, i.name));
  const initial = roll.invitees.filter((i) => i.attended).map((i) => option(i.personId, i.name));
  const groups: { label: { type: 'plain_text'; text: string }; options: PlainTextOption[] }[] = [];
  for (let i = 0; i < options.length && groups.length < OPTIONS_MAX; i += OPTIONS_MAX) {
    groups.push({ label: { type: 'plain_text', text: `${i + 1}–${Math.min(i + OPTIONS_MAX, options.length)}` }, options: options.slice(i, i + OPTIONS_MAX) });
  }
  const element: InputElement = {
    type: 'multi_static_select',
    action_id: ids.attendanceInput,
    ...(groups.length > 1 ? { option_groups: groups } : { options }),
    ...(initial.length === 0 ? {} : { initial_options: initial }),
  };
  return buildFormModal(
    ids.attendanceView,
    { modalTitle: words.attendanceTitle, modalSubmit: words.attendanceSubmit, modalClose: words.modalClose },
    [section(words.attendanceIntro(escapeMrkdwn(roll.training.title), formatInZone(roll.training.startsAt, roll.training.zone))), input(ids.attendanceBlock, words.attendanceLabel, element, { optional: true, hint: words.attendanceHint })],
    roll.training.id,
  );
}
