/** The pre-med track's Block Kit action and block ids, once. Snake case, prefixed by feature. */
export const premedIds = {
  agreementBlock: 'premed_agreement',
  agree: 'premed_agree',
} as const;
