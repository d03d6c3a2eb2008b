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
 * The Bolt app as features and the command router see it: every listener registered through it runs inside the
 * guard, which knows whether it acked (and with what), so that a failure can be answered in the place the person
 * acted. Registration is otherwise Bolt's own.
 */
export function guardListeners(app: App, guard: ListenerGuard): App {
  return new Proxy(app, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      const kind = typeof property === 'string' ? KIND_OF[property] : undefined;
      if (kind === undefined || typeof value !== 'function') return value;
      return (...registration: unknown[]) => {
        const last = registration.length - 1;
        const listener = registration[last];
        if (typeof listener !== 'function') return (value as (...a: unknown[]) => unknown).apply(target, registration);
        const guarded = guardListener(kind, listener as (args: ListenerArgs) => Promise<void>, guard);
        return (value as (...a: unknown[]) => unknown).apply(target, [...registration.slice(0, last), guarded]);
      };
    },
  });
}

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
