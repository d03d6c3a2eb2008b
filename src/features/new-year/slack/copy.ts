import type { ServiceRecord } from '../domain/service-record.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const ordinal = (year: number) => ['first', 'second', 'third', 'fourth'][year - 1] ?? `year-${year}`;

/** The turn of the year: the words people read (Slack and the command line). */
export const newYearCopy = {
  help: ['/mentor-admin new-year', 'preview the turn of the year (MS4 mentors graduate, MS2 mentees move on, years move up), then apply it'] as const,
  applying: 'Applying the new year… this message changes when it is done.',
  title: (opens: string, closes: string) => `The new year: ${opens} (closing ${closes})`,
  resuming: 'A turn of this year started earlier and did not finish: applying completes it, and moves nobody twice.',
  graduates: (n: number) => `*Graduating MS4 peer mentors: ${n}* — their memberships end, and each gets a thank-you DM with their service record`,
  leavers: (n: number) => `*Leaving MS2 mentees: ${n}* — their cohort memberships end (MD/PhD students stay in the MD/PhD group)`,
  ended: (memberships: number, deactivated: number) => `Memberships ended: ${memberships} (kept as history). People leaving the program: ${deactivated}.`,
  moves: (from: number, to: number, n: number) => `*MS${from} → MS${to}: ${n}*`,
  incomplete: (n: number) => `*Groups left with an incomplete Pair: ${n}*`,
  missing: (years: readonly number[]) => `needs a ${years.map(ordinal).join('-year and a ')}-year peer mentor`,
  more: (n: number) => `…and ${n} more`,
  none: 'none',
  exportLabel: 'Memberships (who was in which group and role, and when; history kept)',
  apply: 'Apply',
  back: 'Back',
  confirmTitle: 'Apply the new year?',
  confirmText: 'Memberships end, years move up and thank-you DMs go out. This is done once a year.',
  confirmYes: 'Apply',
  confirmNo: 'Not yet',
  inProgress: 'The new year is being applied right now (another click, or the command line). Run `/mentor-admin new-year` again in a minute to see it done.',
  backDone: 'Nothing changed. Run `/mentor-admin new-year` again when you are ready.',
  applied: (opens: string, resumed: boolean) => `The new year ${opens} is ${resumed ? 'done: the earlier run is complete' : 'done'}.`,
  thanksSummary: (sent: number, earlier: number, waiting: number) =>
    `Thank-you DMs: ${sent} sent now${earlier > 0 ? `, ${earlier} sent earlier` : ''}${waiting > 0 ? `, ${waiting} more will go out after the recipients’ quiet hours or a retry` : ''}.`,
  alreadyApplied: (year: string, when: string, by: string | undefined) =>
    `The new year ${year} was already applied on ${when}${by === undefined ? '' : ` by ${by}`}, so nothing changed: it is done once a year. Its memberships are kept as history; \`/mentor-admin export <kind> --year\` reads the year before.`,
  thanksText: (closes: string) => `Thank you for mentoring in ${closes}!`,
  thanksBody: (name: string, closes: string) =>
    `Congratulations on graduating, ${name}, and thank you for being a peer mentor in ${closes}. Your memberships in the program’s groups have ended; here is what your year added up to:`,
  record: (r: ServiceRecord) => [
    `• ${plural(r.mentees, 'mentee')}`,
    `• ${plural(r.communications, 'communication')}, ${plural(r.meetings, 'meeting')} among them`,
    `• ${plural(r.requestsAnswered, 'request')} for help answered, ${r.requestsOnTime} on time`,
    `• ${plural(r.minutes, 'minute')} given`,
  ],
  thanksClosing: 'Your mentees and the program are better for it. All the best for residency!',
} as const;

