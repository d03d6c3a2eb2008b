import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { PersonHome } from '../ports.js';
import { buildHomeView } from './home-view.js';

export interface EventDeps {
  readonly readHome: (userId: string, now: Date) => Promise<PersonHome>;
}

const homeOpened = z.object({ user: z.string().min(1), tab: z.string().optional() });

/** `app_home_opened`: the person's Home tab, a section per role they hold (or whom to contact, for someone new). */
export function registerEvents(app: App, deps: EventDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    const { user, tab } = homeOpened.parse(event);
    if (tab !== 'home') return;
    const home = await deps.readHome(user, new Date());
    await client.views.publish({ user_id: user, view: buildHomeView(home) });
  });
}
