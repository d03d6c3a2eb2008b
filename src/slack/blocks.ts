import type { types } from '@slack/bolt';

/** Block Kit types, taken from Bolt's re-export of @slack/types so we depend on one declared package. */
export type KnownBlock = types.KnownBlock;
export type HomeView = types.HomeView;
export type ModalView = types.ModalView;
export type View = types.View;
export type PlainTextOption = types.PlainTextOption;
