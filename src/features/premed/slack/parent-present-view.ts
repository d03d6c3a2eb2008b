import type { KnownBlock } from '../../../slack/blocks.js';
import { formatLongDate } from '../../../slack/format-time.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';
import type { ParentAnswerProblem } from '../domain/parent-present.js';
import { parentPresentIds as ids } from './parent-present-ids.js';
import { premedRulesCopy as words } from './rules-copy.js';

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

const problemWords: Record<ParentAnswerProblem, string> = { 'parent-answer-missing': words.parentMissing };

const nameList = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`);

/**
 * The check-in form's parent question, added when it offers a minor with whom it would be the mentor's first contact.
 * `onlyChoice`: the form offers no other mentee, so Slack itself requires an answer; otherwise the block is optional to
 * Slack (logging with an adult mentee needs none) and the submission is checked (`checkParentAnswer`).
 */
export function buildParentPresentBlock(minorNames: readonly string[], onlyChoice: boolean): KnownBlock {
  return {
    type: 'input',
    block_id: ids.block,
    optional: !onlyChoice,
    label: plain(words.parentLabel),
    hint: plain(words.parentHint(nameList(minorNames)).slice(0, 2_000)),
    element: {
      type: 'radio_buttons',
      action_id: ids.input,
      options: [
        { text: plain(words.parentYes), value: 'yes' },
        { text: plain(words.parentNo), value: 'no' },
      ],
    },
  };
}

/** The form's field error for a problem with the answer (`response_action: 'errors'`). */
export function buildParentAnswerErrors(problem: ParentAnswerProblem): Record<string, string> {
  return { [ids.block]: problemWords[problem] };
}

/** The DM to each coordinator when a first session with a minor had no parent or guardian: names and the date only. */
export function buildNoParentAlert(session: { readonly menteeName: string; readonly mentorName: string; readonly date: string }): SlackMessage {
  const text = words.noParentAlert(escapeMrkdwn(session.menteeName), escapeMrkdwn(session.mentorName), formatLongDate(session.date));
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `:warning: ${text}` } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: words.noParentHint }] },
    ],
  };
}
