import type { App } from '@slack/bolt';
import { buildOutsiderHome } from '../../views/home-view.js';

export interface EventDeps {
  readonly adminUserIds: readonly string[];
}

export function registerEvents(app: App, deps: EventDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await client.views.publish({ user_id: event.user, view: buildOutsiderHome(deps.adminUserIds) });
  });
}
