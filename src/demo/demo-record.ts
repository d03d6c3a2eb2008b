import type { FakeSlack } from './slack-simulator/fake-slack.js';

/**
 * What a played semester leaves for the demo's page and summary: the story (what the sample people did, day by day,
 * by the simulated clock) and the Slack simulator, which holds everything the app sent (messages with the simulated
 * time they were posted, the Home tabs it published, the modals it opened, every Web API call).
 */

/** One line of the story: something a sample person did in Slack (or the coordinator on the command line). */
export interface StoryEvent {
  /** Simulated time, ms. */
  readonly at: number;
  /** Who did it (a Slack user id of the sample workspace). */
  readonly actor: string;
  /** What they did, in a short sentence for the timeline (e.g. "asks their Mentor Pair for help (urgent)"). */
  readonly text: string;
}

export interface DemoPerson {
  readonly id: string;
  readonly name: string;
  /** Their roles in the sample program, for the page (e.g. "mentee, Blue-Okafor"). */
  readonly roles: string;
}

export interface DemoRecord {
  /** The sample program's time zone: the page shows times in it. */
  readonly zone: string;
  /** The simulated days played, first and last (YYYY-MM-DD). */
  readonly from: string;
  readonly until: string;
  readonly people: readonly DemoPerson[];
  readonly story: readonly StoryEvent[];
  readonly slack: FakeSlack;
}
