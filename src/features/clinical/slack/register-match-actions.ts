import type { App } from '@slack/bolt';
import { parseButtonClick } from '../../../slack/button-click.js';
import { buildPlainMessage } from '../../../slack/refusals.js';
import type { ChooseOutcome } from '../choose-mentor.js';
import type { ClinicalUseCases } from '../use-cases.js';
import { clinicalIds as ids } from './ids.js';
import { matchCopy as words } from './match-copy.js';
import { buildOfferDecided, buildOfferMessage, decodeChoice } from './match-views.js';

type Respond = (message: Record<string, unknown>) => Promise<unknown>;

/** *Choose* and *Assign for me* on a mentee's offer DM: the choice is stored once; the DM then shows the mentor. */
export function registerMatchActions(app: App, services: Pick<ClinicalUseCases, 'chooseMentor'>): void {
  for (const actionId of [ids.offerChoose, ids.offerAuto]) {
    app.action(actionId, async ({ ack, body, respond }) => {
      await ack();
      const click = parseButtonClick(body);
      const choice = click === undefined ? undefined : decodeChoice(click.value);
      if (click === undefined || choice === undefined) return;
      const mentorId = actionId === ids.offerChoose ? choice.mentorId : undefined;
      if (actionId === ids.offerChoose && mentorId === undefined) return;
      const outcome = await services.chooseMentor({ userId: click.userId, rotationId: choice.rotationId, mentorId }, new Date());
      await render(respond as Respond, outcome);
    });
  }
}

const ephemeral = (text: string) => ({ response_type: 'ephemeral', replace_original: false, ...buildPlainMessage(text) });

async function render(respond: Respond, outcome: ChooseOutcome): Promise<void> {
  switch (outcome.status) {
    case 'assigned':
      await respond({ replace_original: true, ...buildOfferDecided(outcome.assigned) });
      return;
    case 'already':
      await respond({ replace_original: true, ...buildOfferDecided(outcome.assigned) });
      await respond(ephemeral(words.alreadyAssigned(outcome.assigned.mentorId)));
      return;
    case 'unavailable': {
      const why = outcome.reason === 'full' ? words.mentorFull(outcome.mentorId) : words.mentorNotEligible(outcome.mentorId);
      const othersLeft = outcome.offer.suggestions.length > 0;
      if (othersLeft) await respond({ replace_original: true, ...buildOfferMessage(outcome.offer) });
      await respond(ephemeral(`${why} ${othersLeft ? words.chooseAnother : words.noneLeft}`));
      return;
    }
    case 'none_available':
      await respond(ephemeral(words.noneAvailable));
      return;
    case 'gone':
      await respond(ephemeral(words.gone));
      return;
    case 'not_yours':
      await respond(ephemeral(words.notYours));
  }
}
