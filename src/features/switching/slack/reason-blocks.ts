import { SWITCH_DETAILS_MAX } from '../domain/switch.js';
import { SWITCH_REASONS } from '../../../program/records/switch-request.js';
import type { KnownBlock } from '../../../slack/blocks.js';
import { switchCopy as words } from './copy.js';
import { switchIds } from './ids.js';

const plain = (text: string) => ({ type: 'plain_text' as const, text });

/** The reason (a category) and the private details: the same in every switch form. */
export function buildReasonBlocks(): KnownBlock[] {
  return [
    {
      type: 'input',
      block_id: switchIds.reasonBlock,
      label: plain(words.reasonLabel),
      element: {
        type: 'static_select',
        action_id: switchIds.reasonSelect,
        placeholder: plain(words.reasonPlaceholder),
        options: SWITCH_REASONS.map((reason) => ({ text: plain(words.reasons[reason]), value: reason })),
      },
    },
    {
      type: 'input',
      block_id: switchIds.detailsBlock,
      optional: true,
      label: plain(words.detailsLabel),
      hint: plain(words.detailsHint),
      element: { type: 'plain_text_input', action_id: switchIds.detailsInput, multiline: true, max_length: SWITCH_DETAILS_MAX },
    },
  ];
}

