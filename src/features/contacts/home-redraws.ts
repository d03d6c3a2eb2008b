/** Redraws people's Home tabs (the Home feature's link); best effort. */
export type RedrawHomes = (userIds: readonly string[], now: Date) => Promise<void>;

/**
 * The Home redraws that contacts ask for, one at a time, each person once however often they are asked for while
 * waiting. A burst of check-ins (a mentor logging a semester's calls, a whole cohort at a session's end) then costs
 * the database one redraw at a time, not one per contact at once beside the answers people are waiting for. The
 * promise settles when the redraws waiting then are done (a caller may await it, or not).
 */
export function queueRedraws(redraw: RedrawHomes): RedrawHomes {
  const waiting = new Map<string, Date>();
  let draining: Promise<void> | undefined;
  const drain = async () => {
    for (let next = waiting.entries().next(); !next.done; next = waiting.entries().next()) {
      const [userId, now] = next.value;
      waiting.delete(userId);
      await redraw([userId], now).catch(() => undefined);
    }
    draining = undefined;
  };
  return (userIds, now) => {
    for (const userId of userIds) waiting.set(userId, now);
    draining ??= drain();
    return draining;
  };
}
