import type { PersonHome } from './domain/home.js';

/** Redraws people's Home tabs when something they see changed (implemented in slack/home-refresher.ts). */
export interface HomeRefresher {
  /** Publishes the person's Home tab as `home` describes it (views.publish). */
  publish(home: PersonHome): Promise<void>;
}
