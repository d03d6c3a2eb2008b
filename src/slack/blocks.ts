import type { types } from '@slack/bolt';

/** Block Kit types, taken from Bolt's re-export of @slack/types so we depend on one declared package. */
export type KnownBlock = types.KnownBlock;
export type HomeView = types.HomeView;
export type ModalView = types.ModalView;
export type View = types.View;
export type PlainTextOption = types.PlainTextOption;

/** The words of a form's frame, as the features' copy names them. */
export interface FormWords {
  readonly modalTitle: string;
  readonly modalSubmit: string;
  readonly modalClose: string;
}

/** A form: its title and its Submit and Close buttons in the feature's words, then its blocks; `metadata` comes back with the submission. */
export function buildFormModal(callbackId: string, words: FormWords, blocks: KnownBlock[], metadata?: string): ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    ...(metadata === undefined ? {} : { private_metadata: metadata }),
    title: { type: 'plain_text', text: words.modalTitle },
    submit: { type: 'plain_text', text: words.modalSubmit },
    close: { type: 'plain_text', text: words.modalClose },
    blocks,
  };
}
