/** Switching mentors: Block Kit action, block and callback ids, once. Snake case, prefixed by feature. */
export const switchIds = {
  modal: 'switch_submit',
  subjectBlock: 'switch_subject',
  subjectRadio: 'switch_subject_radio',
  reasonBlock: 'switch_reason',
  reasonSelect: 'switch_reason_select',
  detailsBlock: 'switch_details',
  detailsInput: 'switch_details_input',
  preferredBlock: 'switch_preferred',
  preferredSelect: 'switch_preferred_select',
  // On the asker's ephemeral view of their open request; the value is the request id.
  cancel: 'switch_cancel',
  // On the admins' message; buttons carry the request id as their value.
  actionsBlock: 'switch_actions',
  targetSelect: 'switch_target_select',
  approve: 'switch_approve',
  decline: 'switch_decline',
  finish: 'switch_finish',
  declineModal: 'switch_decline_submit',
  declineMessageBlock: 'switch_decline_message',
  declineMessageInput: 'switch_decline_message_input',
} as const;
