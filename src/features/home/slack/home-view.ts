import type { PersonHome } from '../ports.js';
import type { HomeView, KnownBlock } from '../../../slack/blocks.js';
import { homeIds } from './ids.js';
import { homeCopy } from './copy.js';
import { context } from '../../../program/slack/overview-view.js';

/** The Home tab of someone the program does not know: what the app is and whom to contact. */
export function buildOutsiderHome(adminUserIds: readonly string[]): HomeView {
  return {
    type: 'home',
    callback_id: homeIds.view,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: homeCopy.outsiderTitle } },
      { type: 'section', text: { type: 'mrkdwn', text: homeCopy.outsiderIntro } },
      { type: 'section', text: { type: 'mrkdwn', text: homeCopy.outsiderContact(adminUserIds) } },
    ],
  };
}

/** Slack shows at most 100 blocks on a Home tab (SLACK.md §5). */
export const HOME_MAX_BLOCKS = 100;

/**
 * A person's Home tab: each section drawn by the feature that contributed it, in order and divided, within Slack's
 * 100 blocks; someone the program does not know sees whom to contact.
 */
export function buildHomeView(home: PersonHome): HomeView {
  if (home.sections.length === 0) return buildOutsiderHome(home.adminIds);
  // A section with nothing to show draws no blocks, and is left out with its divider.
  const drawn = home.sections.map((s) => s.source.draw(s.content, home)).filter((b) => b.length > 0);
  const blocks: KnownBlock[] = drawn.flatMap((b, i) => [...(i > 0 ? [{ type: 'divider' } as KnownBlock] : []), ...b]);
  // Lists are capped per section, so four sections stay far below the limit; this only guards against a future section.
  if (blocks.length > HOME_MAX_BLOCKS) blocks.splice(HOME_MAX_BLOCKS - 1, blocks.length, context(homeCopy.shortened));
  return { type: 'home', callback_id: homeIds.view, blocks };
}
