/** Block Kit ids of a person's record (`/mentor-admin person`). */
export const personIds = {
  exportButton: 'person_export',
  forgetButton: 'person_forget',
  forgetModal: 'person_forget_confirm',
} as const;
