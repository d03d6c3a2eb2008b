/** CSV exports: Block Kit action, block and callback ids, once. Snake case, prefixed by feature. */
export const exportIds = {
  modal: 'export_submit',
  kindBlock: 'export_kind',
  kindSelect: 'export_kind_select',
  fromBlock: 'export_from',
  fromInput: 'export_from_input',
  toBlock: 'export_to',
  toInput: 'export_to_input',
} as const;
