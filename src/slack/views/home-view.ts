import type { HomeView } from './block-types.js';
import { ids } from '../ids.js';
import { copy } from './copy.js';

/** The Home tab of someone the program does not know: what the app is and whom to contact. */
export function buildOutsiderHome(adminUserIds: readonly string[]): HomeView {
  return {
    type: 'home',
    callback_id: ids.home.view,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: copy.home.outsiderTitle } },
      { type: 'section', text: { type: 'mrkdwn', text: copy.home.outsiderIntro } },
      { type: 'section', text: { type: 'mrkdwn', text: copy.home.outsiderContact(adminUserIds) } },
    ],
  };
}
