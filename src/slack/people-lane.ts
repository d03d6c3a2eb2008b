import { AsyncLocalStorage } from 'node:async_hooks';
import { WebClient, type WebAPICallResult, type WebClientOptions } from '@slack/web-api';

/**
 * The Web API lane of people's requests. The use cases send through one client (the messenger's), whoever called
 * them; a job that sends thousands of messages, or is told by Slack to wait (a 429 pauses the whole client), must not
 * hold up what a person is waiting for (a request posted to their mentors, a confirmation). So the calls made while
 * a person's request is handled go through a client of their own, and the jobs keep theirs.
 */
export interface PeopleLane {
  /** Runs `work` as part of a person's request: Web API calls made in it (and in what it starts) take this lane. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

/** The lane, and the client that routes each call to it or to its own queue (the jobs'). */
export function createPeopleLane(token: string, options: WebClientOptions): { readonly lane: PeopleLane; readonly client: WebClient } {
  const requests = new AsyncLocalStorage<true>();
  const people = new WebClient(token, options);
  const client = new LaneClient(token, options, people, () => requests.getStore() === true);
  return { lane: { run: (work) => requests.run(true, work) }, client };
}

class LaneClient extends WebClient {
  constructor(
    token: string,
    options: WebClientOptions,
    private readonly people: WebClient,
    private readonly inPersonsRequest: () => boolean,
  ) {
    super(token, options);
  }

  override apiCall(method: string, options?: Record<string, unknown>): Promise<WebAPICallResult> {
    return this.inPersonsRequest() ? this.people.apiCall(method, options) : super.apiCall(method, options);
  }
}
