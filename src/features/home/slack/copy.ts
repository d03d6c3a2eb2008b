/** The App Home tab: the words people read. */
export const homeCopy = {
  title: 'Peer Mentor',
  menteeTitle: 'Your mentoring',
  mentors: (list: string) => `*Your peer mentors:* ${list}`,
  noMentors: '*Your peer mentors:* none right now — please contact the program coordinators.',
  awayUntil: (mentor: string, until: string) => `${mentor} (away until ${until})`,
  faculty: (list: string) => `*Your faculty mentor:* ${list}`,
  myRequests: '*Your requests*',
  noRequests: 'You have no open requests. Ask your mentors anything with *Ask for help*.',
  myRequest: (topic: string, status: string, deadline: string | undefined, overdue: boolean) =>
    `• ${topic} — ${status}${deadline === undefined ? '' : `; reply due by ${deadline}`}${overdue ? ' :red_circle: overdue' : ''}`,
  menteeStatuses: {
    open: 'waiting for a mentor',
    claimed: 'a mentor is on it',
    responded: 'answered: close it when you have what you need',
    closed: 'closed',
    cancelled: 'withdrawn',
    moved: 'moved to your new mentors',
  },
  askButton: 'Ask for help',
  switchButton: 'Switch mentors',
  mentorTitle: 'Your mentees',
  mentorPeriod: (month: string, semester: string | undefined) => `${month}${semester === undefined ? '' : ` · ${semester}`}: a communication every month, a meeting every semester.`,
  noMentees: 'You have no current mentees.',
  waitingTitle: '*Requests waiting on you*',
  noneWaiting: 'No request is waiting on you.',
  waitingLine: (mentee: string, topic: string, deadline: string, overdue: boolean, claimedBy: string | undefined) =>
    `• ${mentee} — ${topic}; reply by ${deadline}${overdue ? ' :red_circle: overdue' : ''}${claimedBy === undefined ? '' : ` · taken by ${claimedBy}`}`,
  yourAway: (ranges: string) => `:palm_tree: Your time away: ${ranges}. Your Pair partner covers meanwhile.`,
  logButton: 'Log a contact',
  awayButton: 'Time away',
  shortened: 'Your Home tab has more than Slack can show at once; the weekly digest has the full lists.',
  // For people outside the program.
  outsiderTitle: 'Peer Mentor',
  outsiderIntro:
    'Peer Mentor runs the school’s peer-mentoring program in Slack: it introduces mentors and mentees, takes requests for help to the right mentors, and reminds everyone of the program’s reply and contact times.',
  outsiderContact: (admins: readonly string[]) =>
    admins.length > 0
      ? `You are not part of the program yet. To join, or with any question, contact ${admins.map((id) => `<@${id}>`).join(', ')}.`
      : 'You are not part of the program yet. To join, or with any question, contact your program coordinators.',
} as const;
