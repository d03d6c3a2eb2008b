/** Time away: Block Kit action, block and callback ids, once. Snake case, prefixed by feature. */
export const awayIds = {
  modal: 'away_submit',
  startBlock: 'away_start',
  startPicker: 'away_start_date',
  endBlock: 'away_end',
  endPicker: 'away_end_date',
  noteBlock: 'away_note',
  noteInput: 'away_note_input',
  tellBlock: 'away_tell',
  tellCheckbox: 'away_tell_checkbox',
  tellValue: 'tell_mentees',
} as const;
