/** Requests for help: Block Kit action, block and callback ids, once. Snake case, prefixed by feature. */
export const requestIds = {
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
  savingModal: 'request_saving',
  savedModal: 'request_saved',
} as const;
