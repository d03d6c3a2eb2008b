/** Roster, introductions and /mentor-admin: Block Kit action, block and callback ids, once. Snake case, prefixed by feature. */
export const rosterIds = {
  importView: 'admin_import',
  importFileBlock: 'admin_import_file',
  importFileInput: 'admin_import_file_input',
  importCsvBlock: 'admin_import_csv',
  importCsvInput: 'admin_import_csv_input',
  importWorkingView: 'admin_import_working',
  importResultView: 'admin_import_result',
  importPruneBlock: 'admin_import_prune',
  importPruneInput: 'admin_import_prune_input',
  importCheckingView: 'admin_import_checking',
  previewView: 'admin_import_preview',
  previewActionsBlock: 'admin_import_preview_actions',
  previewBack: 'admin_import_back',
} as const;
