import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { formatCsv } from '../../../program/csv.js';
import { sendPage as send } from '../../../slack/html.js';
import type { HttpRoute } from '../../../slack/http-route.js';
import { seesNothing, type DashboardScope } from '../domain/scope.js';
import { isHttpsRequest, parseCookies, SESSION_COOKIE, SESSION_MS, sessionCookie, type LinkRefusal } from '../domain/sign-in.js';
import type { DashboardContent } from '../read-dashboard.js';
import type { RedeemOutcome } from '../sign-in.js';
import { dashboardCopy } from '../slack/copy.js';
import { renderDashboardPage, renderMessagePage, renderSignInPage } from './dashboard-page.js';

const words = dashboardCopy.page;

/** What the dashboard's pages call. */
export interface DashboardPages {
  dashboardReader(sessionId: string | undefined, now: Date): Promise<string | undefined>;
  dashboardScope(userId: string): Promise<DashboardScope>;
  redeemDashboardLink(token: string, now: Date): Promise<RedeemOutcome>;
  endDashboardSession(sessionId: string): Promise<void>;
  readDashboard(userId: string, scope: DashboardScope, now: Date): Promise<DashboardContent>;
}

const refusalWords: Record<LinkRefusal, string> = { unknown: words.unknownLink, expired: words.expiredLink, used: words.usedLink };
const isSecure = (req: IncomingMessage) => isHttpsRequest({ encrypted: (req.socket as Partial<TLSSocket>).encrypted === true, forwardedProto: [req.headers['x-forwarded-proto']].flat()[0] });
const sessionIdOf = (req: IncomingMessage) => parseCookies(req.headers.cookie).get(SESSION_COOKIE);
const queryOf = (req: IncomingMessage) => new URL(req.url ?? '/', 'http://localhost').searchParams;

/** A small urlencoded form's fields (the sign-in and sign-out buttons'); more than 4 KB is refused. */
async function formOf(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 4_096) return undefined;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** The dashboard's pages: `/dashboard`, its sign-in and sign-out, and each chart's CSV. `clock` reads the time of each request. */
export function createDashboardRoutes(pages: DashboardPages, clock: () => Date): HttpRoute[] {
  /** The signed-in reader and what they may see, or the page saying why not (already sent). */
  const reader = async (req: IncomingMessage, res: ServerResponse): Promise<{ userId: string; scope: DashboardScope } | undefined> => {
    const userId = await pages.dashboardReader(sessionIdOf(req), clock());
    if (userId === undefined) {
      send(res, 401, renderMessagePage(words.noSessionTitle, [words.noSession, words.askAgain]), { 'set-cookie': sessionCookie('', { secure: isSecure(req), maxAgeSeconds: 0 }) });
      return undefined;
    }
    const scope = await pages.dashboardScope(userId);
    if (seesNothing(scope)) {
      send(res, 403, renderMessagePage(words.notForYouTitle, [dashboardCopy.notForYou]));
      return undefined;
    }
    return { userId, scope };
  };
  return [
    {
      path: '/dashboard',
      method: 'GET',
      async handler(req, res) {
        const who = await reader(req, res);
        if (who === undefined) return;
        const content = await pages.readDashboard(who.userId, who.scope, clock());
        send(res, 200, renderDashboardPage(content));
      },
    },
    {
      path: '/dashboard/csv/:file',
      method: 'GET',
      async handler(req, res) {
        const who = await reader(req, res);
        if (who === undefined) return;
        const id = /^\/dashboard\/csv\/([a-z0-9-]+)\.csv$/.exec(new URL(req.url ?? '/', 'http://localhost').pathname)?.[1];
        const chart = id === undefined ? undefined : (await pages.readDashboard(who.userId, who.scope, clock())).charts.find((c) => c.id === id);
        if (chart === undefined) {
          send(res, 404, renderMessagePage(words.notFoundTitle, [words.notFound]));
          return;
        }
        send(res, 200, formatCsv(chart.table.columns, chart.table.rows, { bom: true }), { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${chart.id}.csv"` });
      },
    },
    {
      // Opening the link shows a button: a link checker or a preview that opens it does not use it up.
      path: '/dashboard/sign-in',
      method: 'GET',
      async handler(req, res) {
        const token = queryOf(req).get('token') ?? '';
        send(res, token === '' ? 400 : 200, token === '' ? renderMessagePage(words.signInTitle, [words.unknownLink, words.askAgain]) : renderSignInPage(token));
      },
    },
    {
      path: '/dashboard/sign-in',
      method: 'POST',
      async handler(req, res) {
        const token = (await formOf(req))?.get('token') ?? '';
        const outcome: RedeemOutcome = token === '' ? { ok: false, refusal: 'unknown' } : await pages.redeemDashboardLink(token, clock());
        if (!outcome.ok) {
          send(res, 403, renderMessagePage(words.signInTitle, [refusalWords[outcome.refusal], words.askAgain]));
          return;
        }
        send(res, 303, '', { location: '/dashboard', 'set-cookie': sessionCookie(outcome.sessionId, { secure: isSecure(req), maxAgeSeconds: SESSION_MS / 1000 }) });
      },
    },
    {
      path: '/dashboard/sign-out',
      method: 'POST',
      async handler(req, res) {
        const sessionId = sessionIdOf(req);
        if (sessionId !== undefined && sessionId !== '') await pages.endDashboardSession(sessionId);
        send(res, 200, renderMessagePage(words.signedOutTitle, words.signedOut), { 'set-cookie': sessionCookie('', { secure: isSecure(req), maxAgeSeconds: 0 }) });
      },
    },
  ];
}
