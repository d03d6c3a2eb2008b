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
  request: {},
  away: {},

  // Contacts, check-in prompts and the pulse (issue 5).
  checkin: {},
  pulse: {},

  // Switching mentors (issue 8).
  switch: {},
} as const;
