/** The monthly pulse: Block Kit action, block and callback ids, once. Snake case, prefixed by feature. */
export const pulseIds = {
  scoresBlock: 'pulse_scores',
  /** One button per score, `pulse_score_1` … `pulse_score_5` (action ids are unique within a block). */
  scorePrefix: 'pulse_score_',
  talk: 'pulse_talk',
  share: 'pulse_share',
} as const;
