import { shiftMonth } from '../../../program/calendar.js';
import { buildFormModal, type KnownBlock, type ModalView } from '../../../slack/blocks.js';
import { copy } from '../../../slack/copy.js';
import { formatMonth } from '../../../slack/format-time.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';
import { buildPlainMessage } from '../../../slack/refusals.js';
import { GOAL_CATEGORIES, GOAL_WORDS_MAX, MAX_GOALS, TARGET_MONTHS_AHEAD, type Goal, type GoalStatus, type SlotProblem } from '../domain/goal.js';
import { goalsCopy as words } from './copy.js';
import { goalIds as ids } from './ids.js';

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const option = (text: string, value: string) => ({ text: plain(text), value });

/** `September 2026` → `Sep 2026`, for short lines. */
const shortMonth = (monthKey: string) => formatMonth(monthKey).replace(/^(\w{3})\w*/, '$1');

/** A goal in a line: its words (escaped), category, month, and its status when given. */
export function goalLine(goal: Goal, status?: GoalStatus): string {
  const shown = status === undefined ? undefined : `${words.statusIcons[status]} ${words.statuses[status]}`;
  return words.goalLine(escapeMrkdwn(goal.words), words.categories[goal.category], shortMonth(goal.targetMonth), shown);
}

/** The goals form: three slots (the mentee's goals filled in); each goal's id comes back in the metadata, by slot. */
export function buildGoalsModal(goals: readonly Goal[], thisMonth: string): ModalView {
  const months = Array.from({ length: TARGET_MONTHS_AHEAD + 1 }, (_, i) => shiftMonth(thisMonth, i));
  const blocks: KnownBlock[] = [{ type: 'context', elements: [{ type: 'mrkdwn', text: words.modalIntro }] }];
  for (let slot = 0; slot < MAX_GOALS; slot += 1) {
    const goal = goals[slot];
    const monthChoices = goal !== undefined && !months.includes(goal.targetMonth) ? [goal.targetMonth, ...months] : months;
    blocks.push(
      { type: 'header', text: plain(words.goalTitle(slot)) },
      {
        type: 'input',
        block_id: ids.wordsBlock(slot),
        optional: true,
        label: plain(words.wordsLabel),
        element: {
          type: 'plain_text_input',
          action_id: ids.wordsInput,
          max_length: GOAL_WORDS_MAX,
          placeholder: plain(words.wordsPlaceholder),
          ...(goal === undefined ? {} : { initial_value: goal.words }),
        },
      },
      {
        type: 'input',
        block_id: ids.categoryBlock(slot),
        optional: true,
        label: plain(words.categoryLabel),
        element: {
          type: 'static_select',
          action_id: ids.categorySelect,
          options: GOAL_CATEGORIES.map((c) => option(words.categories[c], c)),
          ...(goal === undefined ? {} : { initial_option: option(words.categories[goal.category], goal.category) }),
        },
      },
      {
        type: 'input',
        block_id: ids.monthBlock(slot),
        optional: true,
        label: plain(words.monthLabel),
        element: {
          type: 'static_select',
          action_id: ids.monthSelect,
          options: monthChoices.map((m) => option(formatMonth(m), m)),
          ...(goal === undefined ? {} : { initial_option: option(formatMonth(goal.targetMonth), goal.targetMonth) }),
        },
      },
    );
  }
  const metadata = JSON.stringify({ ids: Array.from({ length: MAX_GOALS }, (_, slot) => goals[slot]?.id ?? null) });
  return buildFormModal(ids.modal, words, blocks, metadata);
}

/** The form's problems as Slack shows them, under each field (the first problem of a field stands). */
export function buildGoalsErrors(problems: readonly SlotProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of problems) {
    const block = p.field === 'words' ? ids.wordsBlock(p.slot) : p.field === 'category' ? ids.categoryBlock(p.slot) : ids.monthBlock(p.slot);
    errors[block] ??= words.problems[p.problem];
  }
  return errors;
}

export function buildNotAMentee(adminIds: readonly string[]): SlackMessage {
  return buildPlainMessage(words.notAMentee(copy.admins(adminIds)));
}

export function buildGoalsSaved(goals: readonly Goal[]): SlackMessage {
  return buildPlainMessage([words.saved(goals.length), ...goals.map((g) => goalLine(g))].join('\n'));
}
