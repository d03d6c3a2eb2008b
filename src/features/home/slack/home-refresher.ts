import type { HomeRefresher } from '../ports.js';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import { buildHomeView } from './home-view.js';

/** Redraws a person's Home tab with views.publish (the same view `app_home_opened` publishes). */
export function createHomeRefresher(messenger: Messenger): HomeRefresher {
  return {
    async publish(home) {
      await messenger.client.views.publish({ user_id: home.userId, view: buildHomeView(home) });
    },
  };
}
