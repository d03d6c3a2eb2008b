import type { App } from '@slack/bolt';

/** The kinds of listener, by the place a person acted in: a command, a button, a form, or an event. */
export type ListenerKind = 'command' | 'action' | 'view' | 'event';

/** A listener's arguments as the boundary reads them: Bolt's, loosely typed (what it needs is checked where used). */
export type ListenerArgs = Readonly<Record<string, unknown>> & {
  readonly body: unknown;
  readonly ack?: (response?: unknown) => Promise<void>;
};

/** One run of a listener: what it was given, and whether (and with what) it answered Slack. */
export interface ListenerRun {
  readonly kind: ListenerKind;
  readonly args: ListenerArgs;
  acked: boolean;
  ackedWith: unknown;
}

export interface ListenerGuard {
  /** Runs before the listener, inside the boundary: may throw to refuse the request (the listener then never runs). */
  before(run: ListenerRun): void;
  /** Every failure of a listener, before or after its `ack`. */
  fail(run: ListenerRun, error: unknown): Promise<void>;
}

/** Bolt's registration methods, and the kind of listener each registers. */
const KIND_OF: Readonly<Record<string, ListenerKind>> = {
  command: 'command',
  action: 'action',
  shortcut: 'action',
  view: 'view',
  event: 'event',
  message: 'event',
};

/**
 * The registrations the guard routes itself, by what names their listener in a request: a command's name, a block
 * action's `action_id`, a form submission's `callback_id`. Bolt registers each as one listener of the kind, which
 * matches every request of it.
 */
const ROUTED: Readonly<Record<string, (body: unknown) => unknown>> = {
  command: (body) => field(body, 'command'),
  action: (body) => field(first(field(body, 'actions')), 'action_id'),
  view: (body) => (field(body, 'type') === 'view_submission' ? field(field(body, 'view'), 'callback_id') : undefined),
};

/** What a Bolt constraint matches the whole of a kind with (a view's: every submission, as a string id's would). */
const EVERY = /[\s\S]*/;

/** A listener registered by id, inside the guard. */
interface Route {
  readonly id: string | RegExp;
  readonly listener: (args: ListenerArgs) => Promise<void>;
}

/**
 * The Bolt app as features and the command router see it: every listener registered through it runs inside the
 * guard, which knows whether it acked (and with what), so that a failure can be answered in the place the person
 * acted. Commands, block actions and form submissions, registered by id (a string or RegExp), are routed here: Bolt
 * has one listener for each of those kinds, not one per id. Bolt runs every listener's matchers for every request
 * (dozens of them, each in promises and copies of the request's arguments), which made up a quarter of what a
 * request allocated; a routed request finds its listeners by id, all of them as Bolt would. Other registrations
 * (events, messages, shortcuts) are Bolt's own.
 */
export function guardListeners(app: App, guard: ListenerGuard): App {
  const routes = new Map<string, Route[]>();
  return new Proxy(app, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      const kind = typeof property === 'string' ? KIND_OF[property] : undefined;
      if (kind === undefined || typeof value !== 'function') return value;
      const register = (...registration: unknown[]) => (value as (...a: unknown[]) => unknown).apply(target, registration);
      const idOf = ROUTED[property as string];
      return (...registration: unknown[]) => {
        const last = registration.length - 1;
        const listener = registration[last];
        if (typeof listener !== 'function') return register(...registration);
        const guarded = guardListener(kind, listener as (args: ListenerArgs) => Promise<void>, guard);
        if (idOf === undefined) return register(...registration.slice(0, last), guarded);
        const [id] = registration;
        if (registration.length !== 2 || !(typeof id === 'string' || id instanceof RegExp)) {
          throw new Error(`app.${String(property)}: register one listener by id (a string or RegExp)`);
        }
        let routed = routes.get(property as string);
        if (routed === undefined) {
          const list: Route[] = [];
          routed = list;
          routes.set(property as string, list);
          register(EVERY, async (args: ListenerArgs) => {
            const name = idOf(args.body);
            if (typeof name !== 'string') return;
            // No listener for it: unanswered, as Bolt leaves a request no listener matched.
            await Promise.all(list.filter((r) => (typeof r.id === 'string' ? r.id === name : r.id.test(name))).map((r) => r.listener(args)));
          });
        }
        routed.push({ id, listener: guarded });
        return undefined;
      };
    },
  });
}

/** A field of a request's body (or of a part of it), whatever its shape: undefined when it has none. */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : undefined);

function guardListener(kind: ListenerKind, listener: (args: ListenerArgs) => Promise<void>, guard: ListenerGuard) {
  return async (args: ListenerArgs): Promise<void> => {
    // Bolt acks events itself, before their listeners run.
    const run: ListenerRun = { kind, args, acked: kind === 'event', ackedWith: undefined };
    const ack = args.ack;
    const watched: ListenerArgs =
      ack === undefined
        ? args
        : {
            ...args,
            ack: async (response?: unknown) => {
              run.acked = true;
              run.ackedWith = response;
              await ack(response);
            },
          };
    try {
      guard.before(run);
      await listener(watched);
    } catch (error) {
      await guard.fail(run, error);
    }
  };
}
