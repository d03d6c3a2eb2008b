import type { KnownBlock } from '../../../slack/blocks.js';
import { formatDate } from '../../../slack/format-time.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import type { RotationNudge } from '../domain/rotation-nudges.js';
import { obligationCopy as words } from './obligation-copy.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';

const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });

/** A clinical nudge as its mentor reads it: the mentee, the rotation's subject and dates, and what is missing. Nothing anyone wrote. */
export function buildRotationNudge(nudge: RotationNudge, name: string): SlackMessage {
  // The name and the subject come from files: escaped, so that neither can mention anyone nor link anywhere.
  const menteeName = escapeMrkdwn(name);
  const subject = escapeMrkdwn(nudge.rotation.subject);
  const [text, hint] =
    nudge.kind === 'pre'
      ? [words.preNudge(menteeName, subject, words.inDays(nudge.daysLeft), formatDate(nudge.date)), words.preHint]
      : nudge.kind === 'mid'
        ? [words.midNudge(menteeName, subject, formatDate(nudge.date)), words.midHint]
        : [words.minutesNudge(nudge.minutes, nudge.required, menteeName), words.minutesHint(formatDate(nudge.date))];
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(`:stethoscope: *${text}*`) },
    { type: 'context', elements: [mrkdwn(hint)] },
  ];
  return { text, blocks };
}
