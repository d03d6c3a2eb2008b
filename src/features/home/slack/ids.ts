/** The App Home tab: Block Kit action, block and callback ids, once. Snake case, prefixed by feature. */
export const homeIds = {
  view: 'home_view',
  menteeActions: 'home_mentee_actions',
  mentorActions: 'home_mentor_actions',
} as const;
