import type { App } from '@slack/bolt';
import { buildHomeNotice, homeButtonIds, registerHomeButtonModal } from '../../../slack/home-buttons.js';
import type { SwitchMentors } from '../switch-mentors.js';
import { switchCopy } from './copy.js';
import { buildOpenRequest, buildSwitchModal, buildSwitchRefused } from './switch-views.js';
import { buildPairSwitchModal } from './pair-switch-views.js';

/** Home's *Switch mentors*: the switch form, or (Home has no message to answer in) a small modal saying why not. */
export function registerSwitchHomeButton(app: App, services: Pick<SwitchMentors, 'startSwitch'>): void {
  registerHomeButtonModal(app, homeButtonIds.switchMentors, async (click) => {
    const outcome = await services.startSwitch(click.userId, undefined, new Date());
    if (outcome.kind === 'form') return buildSwitchModal(outcome);
    if (outcome.kind === 'pair_form') return buildPairSwitchModal(outcome);
    const notice = outcome.kind === 'refused' ? buildSwitchRefused(outcome.reason, outcome.adminIds, outcome.waiting) : buildOpenRequest(outcome.request, outcome.mine, click.userId, outcome.zone);
    return buildHomeNotice(switchCopy.modalTitle, notice.text);
  });
}
