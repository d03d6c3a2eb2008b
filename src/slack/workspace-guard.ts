import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import type { Logger } from '../log/logger.js';

/** The workspace (and Enterprise Grid org, if any) the bot token belongs to, as auth.test named it at start. */
export interface Workspace {
  readonly teamId: string;
  readonly enterpriseId?: string | undefined;
}

/** Whether a request came from another workspace or org than the bot's: a team or org it names that is not ours. */
export function isForeignRequest(context: Pick<Context, 'teamId' | 'enterpriseId'>, ours: Workspace): boolean {
  if (context.teamId !== undefined && context.teamId !== ours.teamId) return true;
  return context.enterpriseId !== undefined && context.enterpriseId !== ours.enterpriseId;
}

/**
 * Global middleware, first of all: a request from another workspace is answered (200, nothing in it) and goes no
 * further, since everything after would act on it with this workspace's token. A warning names the team, the org
 * and the kind of request, never what it says.
 */
export function onlyThisWorkspace(ours: Workspace, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { context, next } = args;
    if (!isForeignRequest(context, ours)) {
      await next();
      return;
    }
    if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
    const body = args.body as { type?: unknown; command?: unknown; event?: { type?: unknown } };
    const kind = [body.type, body.command, body.event?.type].filter((k) => typeof k === 'string').join(' ');
    logger.warn('a request from another workspace was ignored', { teamId: context.teamId, enterpriseId: context.enterpriseId, kind });
  };
}
