/** Weekly digests: the words people read. */
export const overviewCopy = {
  cohortTitle: (groups: string) => `Weekly digest: ${groups}`,
  continuedTitle: (title: string, index: number, count: number) => `${title} (continued, ${index} of ${count})`,
  programTitle: 'Weekly digest: the program',
  period: (week: string, month: string, semester: string | undefined) =>
    `Week of ${week} · ${month}${semester === undefined ? ' · between semesters' : ` · ${semester}`} · counts, dates and statuses only`,
  notRunning: (month: string) => `The program does not run in ${month}: the monthly contact rule does not apply.`,
  fallback: (groups: string, communicated: number, mentees: number, overdue: number) =>
    `Weekly digest for ${groups}: ${communicated} of ${mentees} mentees in touch this month${overdue > 0 ? `, ${overdue} overdue request${overdue === 1 ? '' : 's'}` : ''}.`,
  programFallback: (groups: number, attention: number) =>
    `Weekly program digest: ${groups} group${groups === 1 ? '' : 's'}, ${attention} needing attention.`,
  continuedFallback: (title: string, index: number, count: number) => `${title}, continued (${index} of ${count}).`,
  attentionTitle: '*Needs your attention first*',
  attentionNone: ':white_check_mark: Nothing needs your attention first this week: no overdue or urgent requests, and every mentee has been in touch this month.',
  overdue: (n: number, list: string) => `:red_circle: ${n === 1 ? 'A request is' : `${n} requests are`} past the reply deadline: ${list}`,
  urgent: (list: string) => `:rotating_light: Urgent well-being request${list.includes(',') ? 's' : ''}: ${list}`,
  noContact: (n: number, month: string, list: string) => `:white_circle: ${n === 1 ? 'One mentee has' : `${n} mentees have`} had no communication yet in ${month}: ${list}`,
  requestAge: (mentee: string, age: string) => `${mentee} (sent ${age} ago)`,
  requestState: (mentee: string, status: string) => `${mentee} (${status})`,
  statuses: { open: 'waiting for a mentor', claimed: 'taken, not yet answered', responded: 'answered', closed: 'closed', cancelled: 'withdrawn', moved: 'moved to new mentors' },
  compliance: (communicated: number, mentees: number, month: string, met: number, semester: string | undefined) =>
    `*Contact rules:* ${communicated} of ${mentees} mentee${mentees === 1 ? '' : 's'} in touch in ${month}` +
    (semester === undefined ? '.' : `; ${met} of ${mentees} met in ${semester}.`),
  requests: (waiting: number, overdue: number, answeredThisWeek: number) =>
    `*Requests:* ${waiting} waiting for an answer${overdue > 0 ? ` (${overdue} overdue)` : ''} · ${answeredThisWeek} answered this week`,
  medianResponse: (duration: string, answered: number, month: string) =>
    ` · first answers in ${month} took ${duration} (median of ${answered})`,
  noResponsesYet: (month: string) => ` · no first answers yet in ${month}`,
  away: (list: string) => `*Mentors away this week or next:* ${list}`,
  noneAway: '*Mentors away this week or next:* none',
  switches: (n: number) => `*Switch requests waiting for the program coordinators:* ${n}`,
  pulse: (month: string, answered: number, asked: number, low: number) =>
    `*Pulse* (${month}): ${answered} of ${asked} answered; ${low} low (1 or 2).`,
  pulseShared: (list: string) => ` Asked to hear from their mentors: ${list}.`,
  menteesTitle: (from: number, to: number, total: number) => (total === 0 ? '*Mentees:* none in the group right now.' : `*Mentees* (${from}–${to} of ${total})`),
  menteeMonth: (month: string, mark: { date: string; by: string } | undefined, date: (d: string) => string) =>
    mark === undefined ? `:white_circle: no communication yet in ${month}` : `:white_check_mark: in touch ${date(mark.date)} (<@${mark.by}>)`,
  menteeSemester: (semester: string | undefined, mark: { date: string; by: string } | undefined, date: (d: string) => string) =>
    semester === undefined ? '' : mark === undefined ? ` · :white_circle: no meeting yet in ${semester}` : ` · :white_check_mark: met ${date(mark.date)} (<@${mark.by}>)`,
  continuesBelow: (index: number, count: number) => `Continued in the next message (${index} of ${count}).`,
  more: (n: number) => `and ${n} more`,
  totals: (t: { groups: number; mentees: number; communicated: number; met: number }, month: string, semester: string | undefined) =>
    `*Program:* ${t.groups} group${t.groups === 1 ? '' : 's'}, ${t.mentees} mentee${t.mentees === 1 ? '' : 's'}; ${t.communicated} in touch in ${month}` +
    (semester === undefined ? '.' : `, ${t.met} met in ${semester}.`),
  programRequests: (t: { waiting: number; overdue: number; urgent: number; answeredThisWeek: number }) =>
    `*Requests:* ${t.waiting} waiting for an answer (${t.overdue} overdue, ${t.urgent} urgent well-being) · ${t.answeredThisWeek} answered this week`,
  programAway: (n: number) => `*Mentors away this week or next:* ${n}`,
  groupsAttentionTitle: '*Groups needing attention*',
  groupsAttentionNone: ':white_check_mark: No group needs attention: no overdue or urgent requests, and every mentee has been in touch this month.',
  concerns: { overdue: 'overdue requests', urgent: 'an urgent well-being request waiting', no_contact: 'mentees not yet in touch', no_mentor: 'no peer mentor' },
  groupsTitle: (from: number, to: number, total: number) => (total === 0 ? '*Groups:* none yet.' : `*Every group* (${from}–${to} of ${total})`),
  groupLine: (g: { name: string; faculty: string; mentees: number; communicated: number; met: number; waiting: number; overdue: number; pendingSwitches: number }, hasSemester: boolean) =>
    `*${g.name}*${g.faculty === '' ? '' : ` (${g.faculty})`} — ${g.mentees} mentee${g.mentees === 1 ? '' : 's'} · in touch ${g.communicated}/${g.mentees}` +
    (hasSemester ? ` · met ${g.met}/${g.mentees}` : '') +
    ` · ${g.waiting} waiting${g.overdue > 0 ? ` (${g.overdue} overdue)` : ''}` +
    (g.pendingSwitches > 0 ? ` · ${g.pendingSwitches} switch request${g.pendingSwitches === 1 ? '' : 's'}` : ''),
} as const;
