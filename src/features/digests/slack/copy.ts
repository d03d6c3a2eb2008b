/** The digests' sections of the Home tab: the words people read (the digests' own words are program/slack/overview-copy.ts). */
export const digestsCopy = {
  facultyTitle: (groups: string) => `Your cohort: ${groups}`,
  adminTitle: 'The program',
  importButton: 'Import roster',
  introduceButton: 'Introduce groups',
  exportButton: 'Export CSV',
} as const;
