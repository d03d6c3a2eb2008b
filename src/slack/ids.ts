/** Every Block Kit action, block and callback id, once. Snake case, prefixed by feature. */
export const ids = {
  home: {
    view: 'home_view',
  },

  // Roster, introductions and /mentor-admin (issue 3).
  admin: {
    importView: 'admin_import',
    importFileBlock: 'admin_import_file',
    importFileInput: 'admin_import_file_input',
    importCsvBlock: 'admin_import_csv',
    importCsvInput: 'admin_import_csv_input',
    importWorkingView: 'admin_import_working',
    importResultView: 'admin_import_result',
  },

  // Requests for help and time away (issue 4).
  request: {
    modal: 'request_submit',
    topicBlock: 'request_topic',
    topicSelect: 'request_topic_select',
    urgencyBlock: 'request_urgency',
    urgencyRadio: 'request_urgency_radio',
    reachBlock: 'request_reach',
    reachRadio: 'request_reach_radio',
    audienceBlock: 'request_audience',
    audienceRadio: 'request_audience_radio',
    descriptionBlock: 'request_description',
    descriptionInput: 'request_description_input',
    supportModal: 'request_support',
    // Buttons on a request's message; each carries the request id as its value.
    claim: 'request_claim',
    respond: 'request_respond',
    close: 'request_close',
    closeHelped: 'request_close_helped',
    closeNotHelped: 'request_close_not_helped',
    actionsBlock: 'request_actions',
  },
  away: {
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
  },

  // Contacts, check-in prompts and the pulse (issue 5).
  checkin: {
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
  },
  pulse: {
    scoresBlock: 'pulse_scores',
    /** One button per score, `pulse_score_1` … `pulse_score_5` (action ids are unique within a block). */
    scorePrefix: 'pulse_score_',
    talk: 'pulse_talk',
    share: 'pulse_share',
  },

  // Weekly digests, App Home and reports (issue 7).
  homeTab: {
    askForHelp: 'home_ask_for_help',
    switchMentors: 'home_switch_mentors',
    logContact: 'home_log_contact',
    timeAway: 'home_time_away',
    importRoster: 'home_import_roster',
    introduce: 'home_introduce',
    exportCsv: 'home_export_csv',
    menteeActions: 'home_mentee_actions',
    mentorActions: 'home_mentor_actions',
    adminActions: 'home_admin_actions',
    noticeView: 'home_notice',
    introduceView: 'home_introduce_result',
  },
  exports: {
    modal: 'export_submit',
    kindBlock: 'export_kind',
    kindSelect: 'export_kind_select',
    fromBlock: 'export_from',
    fromInput: 'export_from_input',
    toBlock: 'export_to',
    toInput: 'export_to_input',
  },

  // Switching mentors (issue 8).
  switch: {
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
  },
} as const;
