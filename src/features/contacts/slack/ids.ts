/** Contacts and check-in prompts: Block Kit action, block and callback ids, once. Snake case, prefixed by feature. */
export const checkinIds = {
  modal: 'checkin_modal',
  menteesBlock: 'checkin_mentees',
  menteesInput: 'checkin_mentees_input',
  kindBlock: 'checkin_kind',
  kindInput: 'checkin_kind_input',
  modeBlock: 'checkin_mode',
  modeInput: 'checkin_mode_input',
  dateBlock: 'checkin_date',
  dateInput: 'checkin_date_input',
  minutesBlock: 'checkin_minutes',
  minutesInput: 'checkin_minutes_input',
  noteBlock: 'checkin_note',
  noteInput: 'checkin_note_input',
  undo: 'checkin_undo',
  promptLog: 'checkin_prompt_log',
  promptGroup: 'checkin_prompt_group',
} as const;
