/** Redraws people's Home tabs (the Home feature's link); best effort. */
export type RedrawHomes = (userIds: readonly string[], now: Date) => Promise<void>;

/** The least time between the starts of two redraws of one person's Home after their contacts. */
export const REDRAW_SPACING_MS = 5_000;

interface Waiting {
  now: Date;
  readonly done: Promise<void>;
  readonly settle: () => void;
}

/**
 * The Home redraws that contacts ask for (those logged in a form opened from the Home), one at a time, each person
 * once however often they are asked for while waiting, and each person's at least `REDRAW_SPACING_MS` apart: someone
 * not redrawn lately is redrawn at once, and a burst of their contacts (a mentor logging a semester's calls from their
 * Home, one form after another) is one more redraw after the spacing, showing all of it. The database then serves a
 * burst one redraw per person every few seconds, not one per contact beside the answers people are waiting for.
 * Opening the Home tab draws it afresh whatever waits here. The promise settles when the people asked for are
 * redrawn (a caller may await it, or not).
 */
export function queueRedraws(redraw: RedrawHomes): RedrawHomes {
  const waiting = new Map<string, Waiting>();
  /** When each person's last redraw started (Date.now()), while it still holds the next one back. */
  const started = new Map<string, number>();
  let draining = false;
  let wake: (() => void) | undefined;

  const dueAt = (userId: string) => (started.get(userId) ?? -Infinity) + REDRAW_SPACING_MS;
  const drain = async () => {
    draining = true;
    while (waiting.size > 0) {
      const clock = Date.now();
      const next = [...waiting.keys()].find((userId) => dueAt(userId) <= clock);
      if (next === undefined) {
        const soonest = Math.min(...[...waiting.keys()].map(dueAt));
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, soonest - clock);
          timer.unref();
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
        continue;
      }
      const entry = waiting.get(next)!;
      waiting.delete(next);
      started.set(next, clock);
      // Best effort, and the queue goes on whatever it threw.
      await Promise.resolve()
        .then(() => redraw([next], entry.now))
        .catch(() => undefined);
      entry.settle();
    }
    draining = false;
  };

  return (userIds, now) => {
    const clock = Date.now();
    for (const [userId, at] of started) if (at + REDRAW_SPACING_MS <= clock) started.delete(userId);
    const asked = userIds.map((userId) => {
      const entry = waiting.get(userId);
      if (entry !== undefined) {
        if (now > entry.now) entry.now = now;
        return entry.done;
      }
      let settle!: () => void;
      const done = new Promise<void>((resolve) => (settle = resolve));
      waiting.set(userId, { now, done, settle });
      return done;
    });
    if (!draining) void drain();
    else wake?.();
    return Promise.all(asked).then(() => undefined);
  };
}
