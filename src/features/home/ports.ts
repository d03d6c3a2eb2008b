import type { HomeSection } from '../../slack/home-section.js';

/** A person's Home tab. */
export interface PersonHome {
  readonly userId: string;
  /** Their time zone, for deadlines. */
  readonly zone: string;
  /** In the order mentee, mentor, faculty, admin; empty for someone the program does not know. */
  readonly sections: readonly HomeSection[];
  /** Whom to contact: read only for someone the program does not know (no sections), empty otherwise. */
  readonly adminIds: readonly string[];
}

/** Redraws people's Home tabs when something they see changed (implemented in slack/home-refresher.ts). */
export interface HomeRefresher {
  /** Publishes the person's Home tab as `home` describes it (views.publish). */
  publish(home: PersonHome): Promise<void>;
}
