/** Roster, introductions and /mentor-admin: Block Kit action, block and callback ids, once. Snake case, prefixed by feature. */
export const rosterIds = {
  importView: 'admin_import',
  importFileBlock: 'admin_import_file',
  importFileInput: 'admin_import_file_input',
  importCsvBlock: 'admin_import_csv',
  importCsvInput: 'admin_import_csv_input',
  importWorkingView: 'admin_import_working',
  importResultView: 'admin_import_result',
} as const;
