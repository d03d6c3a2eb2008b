import type { Job, JobSummary } from '../jobs/job.js';
import type { Logger } from '../log/logger.js';
import { datesFrom } from '../program/calendar-date.js';
import type { StoryEvent } from './demo-record.js';
import { at, type StoryStep } from './story-step.js';

/** The demo's clock: the simulated time the app, its jobs and the Slack simulator read. */
export interface SimulatedClock {
  (): Date;
  set(at: Date): void;
}

export function createSimulatedClock(start: Date): SimulatedClock {
  let now = start.getTime();
  const clock = (() => new Date(now)) as SimulatedClock;
  clock.set = (at: Date) => {
    // The clock never goes back: a step at the same minute as a tick keeps their order.
    now = Math.max(now, at.getTime());
  };
  return clock;
}

/**
 * When the scheduler's runs are played each day, in the program's zone: the jobs decide per recipient whether its local
 * hour has come (digests, prompts, pulses), so these cover the sample's zones (Central, Eastern, Pacific) at the hours
 * the settings name, and the reminders' and escalations' hours within the day; a run at night sends nothing (quiet hours).
 */
export const TICKS = ['08:05', '10:05', '14:05', '17:05'] as const;

export interface Played {
  readonly story: readonly StoryEvent[];
  /** What the jobs' runs did, summed by job and count (e.g. `nudges.reminders`). */
  readonly jobCounts: Readonly<Record<string, number>>;
  /** The story's steps counted by their `tally`. */
  readonly tallies: Readonly<Record<string, number>>;
  readonly days: number;
}

/**
 * Plays the days from `from` to `until` (inclusive): each day, the story's steps of the day and the jobs' runs at
 * `TICKS`, in time order, with the clock set to each one's time. `onWeek` is told each Monday played (for progress).
 */
export async function playSemester(
  app: { readonly jobs: ReadonlyMap<string, Job>; readonly logger: Logger },
  steps: readonly StoryStep[],
  clock: SimulatedClock,
  range: { readonly from: string; readonly until: string },
  onDay: (date: string) => void = () => undefined,
  signal?: AbortSignal,
): Promise<Played> {
  const story: StoryEvent[] = [];
  const jobCounts: Record<string, number> = {};
  const tallies: Record<string, number> = {};
  const add = (job: string, summary: JobSummary) => {
    for (const [key, count] of Object.entries(summary)) jobCounts[`${job}.${key}`] = (jobCounts[`${job}.${key}`] ?? 0) + count;
  };
  const days = datesFrom(range.from, range.until);
  for (const date of days) {
    onDay(date);
    const moments = [
      ...steps.filter((s) => s.date === date).map((step) => ({ when: at(step), step })),
      ...TICKS.map((time) => ({ when: at({ date, time }), step: undefined })),
    ].sort((a, b) => a.when.getTime() - b.when.getTime());
    for (const { when, step } of moments) {
      signal?.throwIfAborted();
      clock.set(when);
      if (step !== undefined) {
        await step.act(clock());
        story.push({ at: clock().getTime(), actor: step.actor, text: step.text });
        if (step.tally !== undefined) tallies[step.tally] = (tallies[step.tally] ?? 0) + 1;
        continue;
      }
      for (const job of app.jobs.values()) add(job.name, await job.run(clock(), app.logger));
    }
  }
  return { story, jobCounts, tallies, days: days.length };
}
