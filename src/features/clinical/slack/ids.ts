/** The clinical track's Block Kit action, block and callback ids, once. Snake case, prefixed by feature. */
export const clinicalIds = {
  agreementBlock: 'clinical_agreement',
  agree: 'clinical_agree',
  rotationsView: 'clinical_rotations',
  rotationsCsvBlock: 'clinical_rotations_csv',
  rotationsCsvInput: 'clinical_rotations_csv_input',
  offerChoose: 'clinical_offer_choose',
  offerAuto: 'clinical_offer_auto',
  offerChoicesBlock: 'clinical_offer_choices',
} as const;
