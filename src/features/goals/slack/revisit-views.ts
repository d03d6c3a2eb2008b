import type { KnownBlock } from '../../../slack/blocks.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';
import { GOAL_STATUSES, type Goal, type GoalStatus } from '../domain/goal.js';
import type { RevisitNotice } from '../ports.js';
import { goalsCopy as words } from './copy.js';
import { goalLine } from './goals-views.js';
import { goalIds as ids } from './ids.js';

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });

/** A button's value: the point, the goal and (for an answer) the status. */
export function decodeRevisitValue(value: string): { readonly pointKey: string; readonly goalId: string; readonly status: string | undefined } | undefined {
  const [pointKey, goalId, status] = value.split('|');
  return pointKey === undefined || pointKey === '' || goalId === undefined || goalId === '' ? undefined : { pointKey, goalId, status };
}

/** The revisit DM: each goal with its four answers (the chosen one marked); a goal answered *Stuck* offers to tell the mentors. */
export function buildRevisitMessage(notice: RevisitNotice): SlackMessage {
  const when = words.revisitWhen[notice.point.kind](notice.point.semester.label);
  const text = words.revisitText(when);
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(`:dart: *${text}*`) }];
  for (const goal of notice.goals) {
    const answer = notice.answers.get(goal.id);
    blocks.push(
      { type: 'section', text: mrkdwn(goalLine(goal, answer)) },
      {
        type: 'actions',
        block_id: `goals_revisit_${goal.id}`.slice(0, 255),
        elements: GOAL_STATUSES.map((status) => ({
          type: 'button' as const,
          action_id: `${ids.answer}_${status}`,
          text: plain(words.statuses[status]),
          value: `${notice.point.key}|${goal.id}|${status}`,
          ...(answer === status ? { style: 'primary' as const } : {}),
        })),
      },
    );
    if (answer === 'stuck') blocks.push(...stuckOffer(notice.point.key, goal));
  }
  blocks.push({ type: 'context', elements: [mrkdwn(words.revisitHint)] });
  return { text, blocks };
}

function stuckOffer(pointKey: string, goal: Goal): KnownBlock[] {
  const value = `${pointKey}|${goal.id}`;
  return [
    { type: 'context', elements: [mrkdwn(words.stuckOffer)] },
    {
      type: 'actions',
      block_id: `goals_tell_${goal.id}`.slice(0, 255),
      elements: [
        { type: 'button', action_id: ids.tell, text: plain(words.tellButton), value },
        { type: 'button', action_id: ids.tellWhich, text: plain(words.tellWhichButton), value },
      ],
    },
  ];
}

/** The DM to a mentor: the mentee would like to talk about a goal; which one only when the mentee chose to say. */
export function buildMentorTold(menteeId: string, goal: Goal | undefined): SlackMessage {
  const text = goal === undefined ? words.mentorTold(`<@${menteeId}>`) : words.mentorToldWhich(`<@${menteeId}>`, escapeMrkdwn(goal.words));
  return { text, blocks: [{ type: 'section', text: mrkdwn(`:dart: ${text}`) }] };
}

/** The action ids of the four answers. */
export const answerActionIds = GOAL_STATUSES.map((status) => [`${ids.answer}_${status}`, status] as const satisfies readonly [string, GoalStatus]);
