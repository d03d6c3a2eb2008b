import type { Logger } from '../log/logger.js';
import type { AppServices } from '../services/app-services.js';

/** A scheduled job: when it runs (cron, in UTC) and what it does as of a given time. */
export interface Job {
  readonly name: string;
  readonly description: string;
  /** node-cron pattern, evaluated in UTC; each job decides per recipient whether its local hour has come. */
  readonly schedule: string;
  run(now: Date, logger: Logger): Promise<JobSummary>;
}

/** What a run did, in counts (never names or text), for the log and the command line. */
export type JobSummary = Readonly<Record<string, number>>;

/** Services the jobs call. Each feature adds its job here with its issue. */
export interface JobDeps {
  readonly services: AppServices;
}

/** For listing the jobs (names, descriptions) without wiring: running one then fails loudly. */
export const LISTING_ONLY: JobDeps = {
  get services(): AppServices {
    throw new Error('these jobs were created for listing only; use wire() to run one');
  },
};

/** Jobs that look at each person's local hour run at least hourly (minute 5, so that a rerun is never on the hour). */
const HOURLY = '5 * * * *';

/** Nudges catch each person's local hour to the quarter (minutes 2, 17, 32, 47: off the hour, like the others). */
const EVERY_15_MINUTES = '2,17,32,47 * * * *';

/** The jobs this version knows, by name. */
export function createJobs(deps: JobDeps): ReadonlyMap<string, Job> {
  const jobs: Job[] = [
    // Roster, introductions and /mentor-admin (issue 3).
    {
      name: 'introductions',
      description: 'introduce every group not yet introduced in its private channel, and welcome people who joined since',
      schedule: '7 * * * *',
      run: async (now) => ({ ...(await deps.services.runIntroductions(now)) }),
    },
    // Contacts, check-in prompts and the pulse (issue 5).
    {
      name: 'checkin-prompts',
      description: 'on the first active day of each program month, from CHECKIN_PROMPT_HOUR in each mentor’s zone, one DM per mentor',
      schedule: HOURLY,
      run: (now) => deps.services.sendCheckinPrompts(now),
    },
    {
      name: 'pulse',
      description: 'from PULSE_DAY at PULSE_HOUR in each mentee’s zone, one “How are things going?” per mentee per active month',
      schedule: HOURLY,
      run: (now) => deps.services.sendPulses(now),
    },
    // Nudges and escalation (issue 6).
    {
      name: 'nudges',
      description: 'request reminders at 75 % of the window, overdue notes, faculty escalations, month-end and semester-end lists; each once, outside quiet hours',
      schedule: EVERY_15_MINUTES,
      run: async (now) => {
        // A request Slack refused to post goes out first, so that its nudges refer to something the mentors have seen.
        const { posted } = await deps.services.postUnpostedRequests(now);
        return { ...(await deps.services.runNudges(now)), requestsPosted: posted };
      },
    },
    // Weekly digests, App Home and reports (issue 7).
    {
      name: 'digests',
      description: 'from DIGEST_DAY at DIGEST_HOUR in each reader’s zone, one DM a week per Faculty Mentor (their cohort) and per admin (the program)',
      schedule: HOURLY,
      run: (now) => deps.services.sendDigests(now),
    },
  ];
  return new Map(jobs.map((job) => [job.name, job]));
}

/** Names the SPEC promises (§4); those not in the registry yet arrive with their issues. */
export const PLANNED_JOBS = ['introductions', 'nudges', 'checkin-prompts', 'pulse', 'digests'] as const;
