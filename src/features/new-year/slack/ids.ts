/** The turn of the year's Slack ids. */
export const newYearIds = {
  apply: 'new_year_apply',
  back: 'new_year_back',
  actionsBlock: 'new_year_actions',
} as const;
