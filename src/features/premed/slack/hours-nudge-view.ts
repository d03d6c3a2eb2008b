import type { KnownBlock } from '../../../slack/blocks.js';
import { formatMonth } from '../../../slack/format-time.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';
import type { HoursNudge } from '../domain/hours-nudges.js';
import { premedRulesCopy as words } from './rules-copy.js';

const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });

/** A month-end nudge as its mentor reads it: the minutes logged with their mentee against those asked for. Nothing anyone wrote. */
export function buildHoursNudge(nudge: HoursNudge): SlackMessage {
  const text = words.hoursNudge(nudge.minutes, nudge.required, escapeMrkdwn(nudge.menteeName));
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(`:hourglass_flowing_sand: *${text}*`) },
    { type: 'context', elements: [mrkdwn(words.hoursNudgeHint(nudge.daysLeft, formatMonth(nudge.month)))] },
  ];
  return { text, blocks };
}
