import type { IncomingMessage } from 'node:http';
import { sendPage } from '../../slack/html.js';
import type { HttpRoute } from '../../slack/http-route.js';
import type { DemoRecord } from '../demo-record.js';
import { renderDemoIndex, renderNotYetPlayed } from './demo-index-page.js';
import { renderPersonPage, renderUnknownPerson } from './person-page.js';

/** The person id in `/demo/people/<id>`, decoded; undefined for any other path. */
function personIdOf(req: IncomingMessage): string | undefined {
  const match = /^\/demo\/people\/([^/]+)\/?$/.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (match === null) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

/**
 * The demo's pages: `/demo` (the semester's timeline and the people) and `/demo/people/<id>` (what one person received).
 * `record` answers the semester played so far: undefined until the demo has one, which the pages say, asking to reload.
 * Pages render what exists when they are asked, so a semester still being played shows its days so far.
 */
export function createDemoRoutes(record: () => DemoRecord | undefined): HttpRoute[] {
  return [
    {
      path: '/demo',
      method: 'GET',
      async handler(_req, res) {
        const played = record();
        if (played === undefined) sendPage(res, 503, renderNotYetPlayed(), { 'retry-after': '2' });
        else sendPage(res, 200, renderDemoIndex(played));
      },
    },
    {
      path: '/demo/people/:id',
      method: 'GET',
      async handler(req, res) {
        const played = record();
        if (played === undefined) {
          sendPage(res, 503, renderNotYetPlayed(), { 'retry-after': '2' });
          return;
        }
        const id = personIdOf(req);
        const person = played.people.find((p) => p.id === id);
        if (person === undefined) sendPage(res, 404, renderUnknownPerson());
        else sendPage(res, 200, renderPersonPage(played, person));
      },
    },
  ];
}
