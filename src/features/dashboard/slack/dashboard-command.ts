import type { App } from '@slack/bolt';
import { parseButtonClick } from '../../../slack/button-click.js';
import type { CommandRoutes } from '../../../slack/contributions.js';
import { buildNoticeModal } from '../../../slack/home-buttons.js';
import { homeButton, type HomeSectionSource } from '../../../slack/home-section.js';
import type { LinkOutcome } from '../sign-in.js';
import { dashboardCopy as words } from './copy.js';
import { dashboardIds } from './ids.js';

type RequestLink = (userId: string, now: Date) => Promise<LinkOutcome>;

const answerOf = (outcome: LinkOutcome) => (!outcome.allowed ? words.notForYou : outcome.sent ? words.linkSent : words.linkNotSent);

/** `/mentor-admin dashboard`: the link by DM, and a short ephemeral answer (or why there is nothing to see). */
export function createDashboardRoutes(requestLink: RequestLink): CommandRoutes {
  return {
    async dashboard({ ack, command, respond }) {
      await ack();
      const outcome = await requestLink(command.user_id, new Date());
      await respond({ response_type: 'ephemeral', text: answerOf(outcome) });
    },
  };
}

/** Home's *Dashboard link* button: the same link, and a small modal saying so. */
export function registerDashboardHomeButton(app: App, requestLink: RequestLink): void {
  app.action(dashboardIds.homeButton, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    // The modal first: the trigger id lasts seconds, and the link's send may take longer.
    const opened = await client.views.open({ trigger_id: click.triggerId, view: buildNoticeModal(dashboardIds.notice, words.noticeTitle, words.linkSent) });
    const outcome = await requestLink(click.userId, new Date());
    if (outcome.allowed && outcome.sent) return;
    const viewId = (opened as { view?: { id?: string } }).view?.id;
    if (viewId !== undefined) await client.views.update({ view_id: viewId, view: buildNoticeModal(dashboardIds.notice, words.noticeTitle, answerOf(outcome)) });
  });
}

const drawButton = () => [
  { type: 'section' as const, text: { type: 'mrkdwn' as const, text: `*${words.homeTitle}*  ${words.homeText}` } },
  { type: 'actions' as const, block_id: dashboardIds.homeBlock, elements: [homeButton(dashboardIds.homeButton, words.homeButton)] },
];

/**
 * The button on Home, for those who may see something: admins (among their section's), and Faculty Mentors who are
 * not admins (among theirs). A track's coordinators hold the admin role, so theirs is the admin one.
 */
export const dashboardHomeSections: readonly HomeSectionSource<null>[] = [
  { role: 'faculty', scope: (roles) => (roles.facultyGroups.length > 0 && !roles.admin ? [] : undefined), build: () => null, draw: drawButton },
  { role: 'admin', scope: (roles) => (roles.admin ? [] : undefined), build: () => null, draw: drawButton },
];
