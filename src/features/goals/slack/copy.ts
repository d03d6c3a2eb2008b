import { copy, type CommandHelp } from '../../../slack/copy.js';
import type { GoalCategory, GoalProblem, GoalStatus } from '../domain/goal.js';
import { GOAL_WORDS_MAX, MAX_GOALS, TARGET_MONTHS_AHEAD } from '../domain/goal.js';

/** Goals: the words people read. */
export const goalsCopy = {
  modalTitle: 'Your goals',
  modalSubmit: 'Save',
  modalClose: 'Cancel',
  modalIntro: `Set up to ${MAX_GOALS} goals for your mentoring. Your peer mentors see them, so you can talk about them together. Leave a goal empty to remove it.`,
  goalTitle: (slot: number) => `Goal ${slot + 1}`,
  wordsLabel: 'What you want to achieve',
  wordsPlaceholder: 'e.g. Find a research mentor in cardiology',
  categoryLabel: 'Category',
  monthLabel: 'By when',
  categories: {
    career: 'Career exploration',
    academics: 'Academics and exams',
    research: 'Research',
    clinical: 'Clinical skills',
    wellbeing: 'Well-being',
    other: 'Other',
  } satisfies Record<GoalCategory, string>,
  problems: {
    words_missing: 'Please say what this goal is, or clear its other fields to leave it out.',
    words_too_long: `Please keep a goal to ${GOAL_WORDS_MAX} characters.`,
    category_missing: 'Please choose a category for this goal.',
    category_unknown: 'Please choose one of the categories listed.',
    month_missing: 'Please choose the month you aim to reach this goal by.',
    month_not_a_month: 'Please choose a month from the list.',
    month_past: 'That month has passed. Please choose this month or a later one.',
    month_too_far: `Please choose a month within the next ${TARGET_MONTHS_AHEAD} months.`,
    none: 'Please write at least one goal. (To change one, edit its words; nothing was saved.)',
  } satisfies Record<GoalProblem, string>,
  notAMentee: (admins: string) => copy.notForYou('/mentor-goals', 'mentees in the program', 'saved', admins),
  saved: (n: number) => `Your ${n === 1 ? 'goal is' : `${n} goals are`} saved. Your peer mentors can see ${n === 1 ? 'it' : 'them'} on their Home tab. Change them any time with \`/mentor-goals\`.`,
  help: {
    summary: 'Set up to 3 goals for your mentoring; your peer mentors see them.',
    usage: [['/mentor-goals', 'open the goals form (your current goals are filled in, to edit)']],
  } satisfies CommandHelp,
  // Home
  homeTitle: '*Your goals*',
  homeNone: 'You have not set any goals yet. Setting one or two helps your mentors help you.',
  homeButton: 'Set goals',
  homeEditButton: 'Edit goals',
  mentorTitle: '*Your mentees’ goals*',
  mentorNone: 'None of your mentees has set goals yet.',
  countsLine: (withGoals: number, mentees: number, revisited: number) =>
    `:dart: *Goals:* ${withGoals} of ${mentees} ${mentees === 1 ? 'mentee has' : 'mentees have'} set goals · ${revisited} ${revisited === 1 ? 'goal' : 'goals'} revisited this semester`,
  goalLine: (words: string, category: string, month: string, status: string | undefined) => `• ${words} _(${category}, by ${month})_${status === undefined ? '' : ` — ${status}`}`,
  // Revisits
  statuses: { on_track: 'On track', done: 'Done', changed: 'Changed', stuck: 'Stuck' } satisfies Record<GoalStatus, string>,
  statusIcons: { on_track: ':large_green_circle:', done: ':white_check_mark:', changed: ':twisted_rightwards_arrows:', stuck: ':construction:' } satisfies Record<GoalStatus, string>,
  revisitText: (when: string) => `Time to look back at your goals (${when}). How is each one going?`,
  revisitWhen: { mid: (semester: string) => `halfway through ${semester}`, end: (semester: string) => `the last month of ${semester}` },
  revisitHint: 'Your answers are kept for the program as counts; your mentors see your goals, not these answers. You can change an answer by clicking again.',
  stuckOffer: 'Stuck is fine — it’s what mentors are for. Would you like me to let your mentors know you’d like to talk?',
  tellButton: 'Let my mentors know',
  tellWhichButton: 'Let them know, and say which goal',
  told: (mentors: string) => `Done: ${mentors} know you’d like to talk about one of your goals.`,
  willTell: (mentors: string) => `I’ll let ${mentors} know you’d like to talk, as soon as it’s not night-time for them.`,
  alreadyTold: 'Your mentors have already been told for this check-in.',
  notStuck: 'This goal is no longer marked *Stuck*, so I haven’t told anyone.',
  noMentors: 'You have no peer mentor in the program right now, so I couldn’t tell anyone. Your program coordinators can help.',
  gone: 'That goal has changed since this message was sent. Use `/mentor-goals` to see your goals.',
  mentorTold: (mentee: string) => `${mentee} would like to talk with you about one of their goals. A short message to find a time would be welcome.`,
  mentorToldWhich: (mentee: string, goal: string) => `${mentee} would like to talk with you about one of their goals: _${goal}_. A short message to find a time would be welcome.`,
  // Check-in prompt
  promptNote: (goals: string) => `:dart: Goals: ${goals}`,
  exportLabel: 'Goals (counts per mentee: set, revisited, statuses; no words)',
} as const;
