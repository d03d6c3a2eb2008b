/** Goals: Block Kit action, block and callback ids, once. Snake case, prefixed by feature. */
export const goalIds = {
  modal: 'goals_submit',
  wordsBlock: (slot: number) => `goals_words_${slot + 1}`,
  categoryBlock: (slot: number) => `goals_category_${slot + 1}`,
  monthBlock: (slot: number) => `goals_month_${slot + 1}`,
  wordsInput: 'goals_words_input',
  categorySelect: 'goals_category_select',
  monthSelect: 'goals_month_select',
  homeButton: 'goals_home_open',
  answer: 'goals_answer',
  tell: 'goals_tell',
  tellWhich: 'goals_tell_which',
  noticeView: 'goals_notice',
} as const;
