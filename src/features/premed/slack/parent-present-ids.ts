/** The parent question's Block Kit ids (in the check-in form), once. Snake case, prefixed by feature. */
export const parentPresentIds = {
  block: 'premed_parent_present',
  input: 'premed_parent_present_input',
} as const;
