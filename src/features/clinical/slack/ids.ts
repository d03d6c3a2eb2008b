/** The clinical track's Block Kit action and block ids, once. Snake case, prefixed by feature. */
export const clinicalIds = {
  agreementBlock: 'clinical_agreement',
  agree: 'clinical_agree',
} as const;
