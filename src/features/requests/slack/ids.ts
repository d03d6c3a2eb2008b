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
  closeModal: 'request_close_reason',
  closeReasonBlock: 'request_close_reason_block',
  closeReasonRadio: 'request_close_reason_radio',
} as const;

/**
 * The topic select's block: one id per list of topics (the program's: `request_topic`; a track's own:
 * `request_topic:<track>`), so that a form redrawn for another audience's topics drops the choice made in the other list.
 */
export function topicBlockOf(topicsKey: string | undefined): string {
  return topicsKey === undefined ? requestIds.topicBlock : `${requestIds.topicBlock}:${topicsKey}`;
}

/** Whether a block of the submitted form is the topic select's (of whichever list). */
export function isTopicBlock(blockId: string): boolean {
  return blockId === requestIds.topicBlock || blockId.startsWith(`${requestIds.topicBlock}:`);
}
