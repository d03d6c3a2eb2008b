/** The dashboard's words in Slack and on its pages, together. */
export const dashboardCopy = {
  help: ['/mentor-admin dashboard', 'a one-time sign-in link to the dashboard by DM: charts of the program (admins), your cohort (Faculty Mentors) or your track (its coordinators)'] as const,
  linkSent: 'I’ve sent you a sign-in link by DM. It works once, within 10 minutes.',
  linkNotSent: 'I couldn’t send you the sign-in link just now. Please try again in a minute.',
  notForYou:
    'The dashboard shows the program to its admins, each Faculty Mentor their own cohort, and each track’s coordinators their track. You hold none of these roles now, so there is nothing for you there. If you think you should, please ask a program coordinator.',
  linkText: (url: string) => `Your sign-in link to the Peer Mentor dashboard (works once, within 10 minutes): ${url}`,
  linkBlocksText: (url: string) => `*Your dashboard sign-in link*\n<${url}|Open the dashboard>\nIt works once, within 10 minutes, and signs you in for 12 hours. If you didn’t ask for it, you can ignore it.`,
  homeTitle: 'Dashboard',
  homeText: 'Charts of compliance, answers, pulses and more, in your browser.',
  homeButton: 'Dashboard link',
  noticeTitle: 'Dashboard',
  page: {
    signInTitle: 'Sign in to the dashboard',
    signedOutTitle: 'Signed out',
    signedOut: ['You are signed out of the dashboard.', 'To sign in again, type `/mentor-admin dashboard` in Slack.'],
    askAgain: 'Type `/mentor-admin dashboard` in Slack for a new link.',
    unknownLink: 'This sign-in link isn’t valid.',
    expiredLink: 'This sign-in link has expired: links work within 10 minutes of being sent.',
    usedLink: 'This sign-in link has been used already: each link works once.',
    noSessionTitle: 'Please sign in',
    noSession: 'You aren’t signed in, or your session has ended (sessions last 12 hours).',
    notForYouTitle: 'Nothing to show you',
    notFoundTitle: 'Not found',
    notFound: 'There is no such chart.',
  },
} as const;
