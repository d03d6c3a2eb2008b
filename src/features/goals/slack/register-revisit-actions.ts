import type { App } from '@slack/bolt';
import { parseButtonClick } from '../../../slack/button-click.js';
import { copy } from '../../../slack/copy.js';
import { buildPlainMessage } from '../../../slack/refusals.js';
import type { GoalSender } from '../ports.js';
import type { GoalUseCases } from '../use-cases.js';
import { goalsCopy as words } from './copy.js';
import { goalIds as ids } from './ids.js';
import { answerActionIds, decodeRevisitValue } from './revisit-views.js';

type Respond = (message: Record<string, unknown>) => Promise<unknown>;
const ephemeral = (text: string) => ({ response_type: 'ephemeral', replace_original: false, ...buildPlainMessage(text) });

/** The revisit DM's answers (stored, the DM redrawn) and *Let my mentors know* (with or without the goal). */
export function registerRevisitActions(app: App, services: Pick<GoalUseCases, 'answerRevisit' | 'tellMentors'>, sender: Pick<GoalSender, 'updateRevisit'>): void {
  for (const [actionId, status] of answerActionIds) {
    app.action(actionId, async ({ ack, body, respond }) => {
      await ack();
      const click = parseButtonClick(body);
      const value = click === undefined ? undefined : decodeRevisitValue(click.value);
      if (click === undefined || value === undefined) return;
      const outcome = await services.answerRevisit({ menteeId: click.userId, pointKey: value.pointKey, goalId: value.goalId, status }, new Date());
      if (outcome.kind === 'gone') {
        await (respond as Respond)(ephemeral(words.gone));
        return;
      }
      if (click.message !== undefined) await sender.updateRevisit(click.message, outcome.notice);
    });
  }
  for (const actionId of [ids.tell, ids.tellWhich]) {
    app.action(actionId, async ({ ack, body, respond }) => {
      await ack();
      const click = parseButtonClick(body);
      const value = click === undefined ? undefined : decodeRevisitValue(click.value);
      if (click === undefined || value === undefined) return;
      const outcome = await services.tellMentors({ menteeId: click.userId, pointKey: value.pointKey, goalId: value.goalId, share: actionId === ids.tellWhich }, new Date());
      const reply =
        outcome.kind === 'told'
          ? words.told(copy.people(outcome.mentorIds))
          : outcome.kind === 'will_tell'
            ? words.willTell(copy.people(outcome.mentorIds))
            : outcome.kind === 'already'
              ? words.alreadyTold
              : outcome.kind === 'not_stuck'
                ? words.notStuck
                : outcome.kind === 'no_mentors'
                  ? words.noMentors
                  : words.gone;
      await (respond as Respond)(ephemeral(reply));
    });
  }
}
