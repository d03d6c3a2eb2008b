/** The matching feature's Block Kit action, block and callback ids, once. Snake case, prefixed by feature. */
export const matchingIds = {
  open: 'matching_open',
  answerView: 'matching_answer',
  noticeView: 'matching_notice',
  specialtiesBlock: 'matching_specialties',
  regionBlock: 'matching_region',
  backgroundBlock: 'matching_background',
  hobbiesBlock: 'matching_hobbies',
  hobbiesTextBlock: 'matching_hobbies_text',
  contactBlock: 'matching_contact',
  communityBlock: 'matching_community',
  mdphdBlock: 'matching_mdphd',
  mentorsBlock: 'matching_mentors',
  /** Every input's action id (each block has one input). */
  input: 'matching_input',
  apply: 'matching_apply',
  csv: 'matching_csv',
  importOpen: 'matching_import_open',
  importView: 'matching_import',
  importFileBlock: 'matching_import_file',
} as const;
