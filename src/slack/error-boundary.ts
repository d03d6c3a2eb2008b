import { randomInt } from 'node:crypto';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../log/logger.js';
import type { KnownBlock, ModalView } from './blocks.js';
import { copy } from './copy.js';
import { buildNoticeModal } from './home-buttons.js';
import { field, type ListenerGuard, type ListenerRun } from './listener-guard.js';

/** The modal a failure is shown in (it has no submit button, so nothing listens for it). */
export const FAILURE_NOTICE_VIEW = 'failure_notice';

/** The database is known to be away: the request is refused before anything runs (see `ErrorBoundaryDeps`). */
export class DatabaseDownError extends Error {
  override name = 'DatabaseDownError';
  constructor() {
    super('the database is unavailable');
  }
}

export interface ErrorBoundaryDeps {
  readonly logger: Logger;
  /** False while the database is known to be away (no I/O). */
  readonly isDatabaseAvailable: () => boolean;
  /** Whether an error says the database could not be reached. */
  readonly isDatabaseUnavailableError: (error: unknown) => boolean;
}

/** A view a listener opened and is still working in (e.g. "Introducing…"): a failure is shown there, so it never hangs. */
const workingViews = new WeakMap<object, string>();

/** Says that a failure of the listener handling `body` is to be shown in the view `viewId` (one it opened after ack). */
export function showFailuresIn(body: unknown, viewId: string | undefined): void {
  if (typeof body === 'object' && body !== null && viewId !== undefined) workingViews.set(body, viewId);
}

/** A short id for a failure, told to the person and written in the log line: easy to read out (no 0/O, 1/I). */
export function newReference(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 6 }, () => alphabet[randomInt(alphabet.length)]).join('');
}

/**
 * The one error boundary of the Slack shell. A form submitted while the database is known to be away is refused at
 * once, keeping the form. Any failure of a listener, before or after its `ack`, is logged once with a reference and
 * answered to the person in the place they acted: the command's own reply (ephemeral), the form (or the view it
 * turned into), the message they clicked on, their Home tab, or else a DM. Never the words people wrote: only which
 * listener, who, the reference and the error.
 */
export function createErrorBoundary(deps: ErrorBoundaryDeps): ListenerGuard {
  return {
    before(run) {
      if (run.kind === 'view' && field(run.args.body, 'type') === 'view_submission' && !deps.isDatabaseAvailable()) throw new DatabaseDownError();
    },
    async fail(run, error) {
      const ref = newReference();
      const down = error instanceof DatabaseDownError || deps.isDatabaseUnavailableError(error);
      const user = userOf(run);
      const meta = { ref, listener: describe(run), user, acked: run.acked, error };
      if (down) deps.logger.warn('database unavailable: a Slack request was answered with nothing saved', meta);
      else deps.logger.error('a Slack listener failed', meta);
      const failure = down ? copy.failure.databaseDown(ref) : copy.failure.unexpected(ref);
      const title = down ? copy.failure.databaseDownTitle : copy.failure.unexpectedTitle;
      try {
        await tellThePerson(run, { text: failure, title }, user);
      } catch (replyError) {
        deps.logger.warn('could not tell the person that their request failed', { ref, user, error: replyError });
      }
    },
  };
}

interface Failure {
  readonly text: string;
  readonly title: string;
}

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const messageOf = (failure: Failure) => ({ text: failure.text, blocks: [section(failure.text)] });
const noticeOf = (failure: Failure, formKept = false): ModalView =>
  buildNoticeModal(FAILURE_NOTICE_VIEW, failure.title, formKept ? `${failure.text}\n\n${copy.failure.formKept}` : failure.text);

async function tellThePerson(run: ListenerRun, failure: Failure, user: string | undefined): Promise<void> {
  const { args } = run;
  const body = args.body;
  const client = args['client'] as WebClient;
  const respond = args['respond'] as ((message: unknown) => Promise<unknown>) | undefined;
  const dm = async () => {
    if (user === undefined) return;
    const opened = await client.conversations.open({ users: user });
    if (opened.channel?.id !== undefined) await client.chat.postMessage({ channel: opened.channel.id, ...messageOf(failure) });
  };
  const orDm = (reply: () => Promise<unknown>) => reply().then(() => undefined, dm);
  const workingView = typeof body === 'object' && body !== null ? workingViews.get(body) : undefined;

  switch (run.kind) {
    case 'command':
      if (!run.acked) return args.ack?.({ response_type: 'ephemeral', ...messageOf(failure) });
      return respond === undefined ? dm() : orDm(() => respond({ response_type: 'ephemeral', ...messageOf(failure) }));
    case 'view': {
      // Not yet answered: the notice goes on top of the form, which keeps what the person entered.
      if (!run.acked) return args.ack?.({ response_action: 'push', view: noticeOf(failure, true) });
      const viewId = workingView ?? (field(run.ackedWith, 'response_action') === 'update' ? field(field(body, 'view'), 'id') : undefined);
      return typeof viewId === 'string' ? orDm(() => client.views.update({ view_id: viewId, view: noticeOf(failure) })) : dm();
    }
    case 'action': {
      if (!run.acked) await args.ack?.();
      if (workingView !== undefined) return orDm(() => client.views.update({ view_id: workingView, view: noticeOf(failure) }));
      if (respond !== undefined && typeof field(body, 'response_url') === 'string') {
        return orDm(() => respond({ response_type: 'ephemeral', replace_original: false, ...messageOf(failure) }));
      }
      // A button on Home (or in a modal): a small modal where they clicked, while the click's trigger id still works.
      const trigger = field(body, 'trigger_id');
      return typeof trigger === 'string' ? orDm(() => client.views.open({ trigger_id: trigger, view: noticeOf(failure) })) : dm();
    }
    case 'event': {
      const event = field(body, 'event');
      const channel = field(event, 'channel');
      if (field(event, 'type') === 'app_home_opened' && user !== undefined) {
        return orDm(() => client.views.publish({ user_id: user, view: { type: 'home', blocks: [section(failure.text)] } }));
      }
      if (field(event, 'type') === 'message' && typeof channel === 'string' && user !== undefined) {
        return orDm(() => client.chat.postEphemeral({ channel, user, ...messageOf(failure) }));
      }
      return dm();
    }
  }
}

/** Who acted: the person who typed the command, clicked, submitted, or whom the event is about. */
function userOf(run: ListenerRun): string | undefined {
  const body = run.args.body;
  const id = run.kind === 'command' ? field(body, 'user_id') : run.kind === 'event' ? field(field(body, 'event'), 'user') : field(field(body, 'user'), 'id');
  return typeof id === 'string' ? id : undefined;
}

/** Which listener, by its Slack id (never the text of the request). */
function describe(run: ListenerRun): string {
  const body = run.args.body;
  const actions = field(body, 'actions');
  const id =
    run.kind === 'command'
      ? field(body, 'command')
      : run.kind === 'action'
        ? field(Array.isArray(actions) ? actions[0] : undefined, 'action_id')
        : run.kind === 'view'
          ? field(field(body, 'view'), 'callback_id')
          : field(field(body, 'event'), 'type');
  return `${run.kind} ${typeof id === 'string' ? id : '?'}`;
}
