import { WebAPIPlatformError } from '@slack/web-api';
import type { SwitchNotifier } from '../ports.js';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import {
  buildAdminMessage,
  buildDeclined,
  buildFormerMentorNotice,
  buildMenteeMoved,
  buildMoveIntroduction,
  buildSwitchActionRefusal,
  buildSwitchConfirmation,
  buildSwitchNotSent,
} from './switch-views.js';
import { buildAdminChannelNotice } from './admin-channel-views.js';
import { buildFormerPairMentorNotice, buildMenteeNewPairMentor, buildNewPairMentorNotice } from './pair-switch-views.js';

/** Slack's answer when the person is already where the step wants them: the step is done, not failed. */
function isAlready(error: unknown, code: string): boolean {
  return error instanceof WebAPIPlatformError && error.data.error === code;
}

/** Switching in Slack: the admins' message (a channel or DMs), channel moves, and DMs to the people concerned. */
export function createSwitchNotifier(messenger: Messenger): SwitchNotifier {
  const { client } = messenger;
  return {
    async postToAdmins(audience, card) {
      const posted = 'channelId' in audience ? await messenger.post(audience.channelId, buildAdminMessage(card)) : await messenger.dm(audience.adminId, buildAdminMessage(card));
      return { channelId: posted.channel, ts: posted.ts };
    },
    async updateAdminMessage(location, card) {
      await messenger.update(location.channelId, location.ts, buildAdminMessage(card));
    },
    async confirmToRequester(card) {
      await messenger.dm(card.request.requestedBy, buildSwitchConfirmation(card));
    },
    async tellNotSent(userId, outcome) {
      await messenger.dm(userId, buildSwitchNotSent(outcome.reason, outcome.adminIds));
    },
    async tellActionRefused(userId, outcome) {
      const text = buildSwitchActionRefusal(outcome);
      if (text !== undefined) await messenger.dm(userId, { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] });
    },
    async removeFromChannel(channelId, userId) {
      try {
        await client.conversations.kick({ channel: channelId, user: userId });
      } catch (error) {
        if (!isAlready(error, 'not_in_channel')) throw error;
      }
    },
    async addToChannel(channelId, userId) {
      try {
        await client.conversations.invite({ channel: channelId, users: userId });
      } catch (error) {
        if (!isAlready(error, 'already_in_channel')) throw error;
      }
    },
    async introduceToGroup(notice, channelId) {
      const message = buildMoveIntroduction(notice);
      if (channelId !== undefined) await messenger.post(channelId, message);
      // A group DM holds at most 8 people besides the app.
      else await messenger.post(await messenger.openConversation([notice.menteeId, ...notice.mentorIds.slice(0, 7)]), message);
    },
    async tellFormerMentor(mentorId, menteeId) {
      await messenger.dm(mentorId, buildFormerMentorNotice(menteeId));
    },
    async tellMenteeMoved(notice) {
      await messenger.dm(notice.menteeId, buildMenteeMoved(notice));
    },
    async tellDeclined(card) {
      await messenger.dm(card.request.requestedBy, buildDeclined(card));
    },
    async tellFormerPairMentor(mentorId, menteeId) {
      await messenger.dm(mentorId, buildFormerPairMentorNotice(menteeId));
    },
    async tellNewPairMentor(notice) {
      await messenger.dm(notice.mentorId, buildNewPairMentorNotice(notice));
    },
    async tellAdminChannel(adminId, notice) {
      await messenger.dm(adminId, buildAdminChannelNotice(notice));
    },
    async tellMenteeNewPairMentor(notice) {
      await messenger.dm(notice.menteeId, buildMenteeNewPairMentor(notice));
    },
  };
}
