import { aRosterFile, type RosterFile } from '../support/program-fixture.js';
import type { Random } from '../support/random.js';

/** How big a chaos run is, and how hard it is shaken. */
export interface ChaosSize {
  readonly name: 'small' | 'full';
  /** Cohorts of a faculty mentor, a Pair and MENTEES_PER_COHORT mentees. */
  readonly cohorts: number;
  /** How long processes are killed, the database restarted and Slack fails (the calm pass follows). */
  readonly chaosMs: number;
  /** Command-line job runs at once. */
  readonly jobSlots: number;
  /** Share of job runs SIGKILLed, at a random moment within their first `killWithinMs`. */
  readonly killShare: number;
  readonly killWithinMs: number;
  /** App instances SIGKILLed (and started again) in the chaos phase. */
  readonly appKills: number;
}

export const SIZES: Readonly<Record<ChaosSize['name'], ChaosSize>> = {
  small: { name: 'small', cohorts: 12, chaosMs: 120_000, jobSlots: 3, killShare: 0.4, killWithinMs: 30_000, appKills: 3 },
  full: { name: 'full', cohorts: 240, chaosMs: 600_000, jobSlots: 3, killShare: 0.35, killWithinMs: 40_000, appKills: 10 },
};

export const MENTEES_PER_COHORT = 12;

/** Every job a run sends from, in the order the calm pass runs them. */
export const JOBS = ['introductions', 'checkin-prompts', 'pulse', 'nudges', 'digests', 'housekeeping'] as const;

/** A request for help, as the form gives it. */
export interface RequestForm {
  readonly menteeId: string;
  readonly topic: string;
  readonly urgency: string;
  readonly reach: string;
  readonly description: string;
}

export interface ChaosPlan {
  readonly size: ChaosSize;
  readonly roster: RosterFile;
  /** The program time every job run is skewed around: a February 1st, when everything is due at once. */
  readonly t: Date;
  /** The `--now` values job runs use: T and up to an hour later. */
  readonly nows: readonly string[];
  /** Requests sent through the app instances during the chaos (real time: long overdue by T, so escalated). */
  readonly appRequests: readonly RequestForm[];
  /** Requests sent as of T − 19 h (their reminders are due at T), by the driver's own wiring. */
  readonly reminderRequests: readonly RequestForm[];
  /** The program settings every process gets, so that check-in prompts, pulses, digests and both lists fall due at T. */
  readonly settings: Readonly<Record<string, string>>;
}

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * The first February 1st at least 30 days ahead in a year whose February has 28 days, at 17:00 UTC (daytime in every
 * roster zone, Chicago to Denver, for the hour after it). It is the first day of a program month (check-in prompts),
 * 28 days before the month's end and 120 before the Spring semester's (both lists), a pulse day and a digest day by
 * the settings below. Requests sent through the app at real time are long overdue by then.
 */
export function programTime(realNow: Date): Date {
  for (let year = realNow.getUTCFullYear(); ; year += 1) {
    const t = new Date(Date.UTC(year, 1, 1, 17));
    const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
    if (!leap && t.getTime() - realNow.getTime() >= 30 * 86_400_000) return t;
  }
}

export function createPlan(size: ChaosSize, random: Random, realNow = new Date()): ChaosPlan {
  const names = Array.from({ length: size.cohorts }, (_, i) => `Cohort-${letters(i)}`);
  const generated = aRosterFile({ cohorts: names, mentees: MENTEES_PER_COHORT });
  // Everyone's zone in the file (a roster zone is never overwritten): otherwise what is due at a `now` would depend on
  // how many zones a run has learnt from Slack so far (e.g. last month's pulse runs on until noon in Chicago only).
  const roster: RosterFile = { ...generated, csv: withZones(generated) };
  const t = programTime(realNow);
  const offsets = [0, ...Array.from({ length: 4 }, () => random.int(1, 60))].sort((a, b) => a - b);
  const nows = [...new Set(offsets)].map((m) => new Date(t.getTime() + m * 60_000).toISOString());
  const menteesOf = (group: string) => roster.people.filter((p) => p.group === group && p.role === 'mentee' && !p.mdphd);
  const appRequests: RequestForm[] = [];
  const reminderRequests: RequestForm[] = [];
  names.forEach((group, c) => {
    const [first, second] = menteesOf(group);
    const urgent = c % 8 === 0;
    appRequests.push({
      menteeId: first!.id,
      topic: urgent ? 'balance_wellbeing' : random.pick(['study_tips', 'career_advice', 'research', 'shadowing']),
      urgency: urgent ? 'urgent' : random.pick(['routine', 'this_week']),
      reach: random.pick(['slack', 'slack', 'email', 'text_call']),
      description: `Chaos request ${c + 1} sent through the app`,
    });
    reminderRequests.push({ menteeId: second!.id, topic: 'study_tips', urgency: 'routine', reach: 'slack', description: `Chaos request ${c + 1}, due soon` });
  });
  return {
    size,
    roster,
    t,
    nows,
    appRequests,
    reminderRequests,
    settings: {
      PROGRAM_TIMEZONE: 'America/Chicago',
      PULSE_DAY: '1',
      PULSE_HOUR: '9',
      CHECKIN_PROMPT_HOUR: '9',
      DIGEST_DAY: DAY_NAMES[t.getUTCDay()]!,
      DIGEST_HOUR: '8',
      MONTH_END_NUDGE_DAYS: '28',
      SEMESTER_END_NUDGE_DAYS: '120',
      SCHEDULER_ENABLED: 'false',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
    },
  };
}

/** The roster file with each person's zone (as the fake Slack knows it) in its last column, `timezone`. */
function withZones(roster: RosterFile): string {
  const lines = roster.csv.split('\r\n');
  if (!lines[0]!.endsWith(',Timezone')) throw new Error('the generated roster file no longer ends with a timezone column');
  return lines.map((line, i) => (i === 0 || line === '' ? line : `${line}${roster.users[i - 1]!.tz ?? ''}`)).join('\r\n');
}

/** 0 → aaa, 1 → aab, …: group names without digits, so a channel name ending in -2 stands out. */
function letters(i: number): string {
  const a = 'a'.charCodeAt(0);
  return [Math.floor(i / 676) % 26, Math.floor(i / 26) % 26, i % 26].map((d) => String.fromCharCode(a + d)).join('');
}
