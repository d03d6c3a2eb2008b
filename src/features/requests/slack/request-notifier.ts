import type { RequestNotifier } from '../ports.js';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import type { RequestTopics } from '../../../program/request-topics.js';
import {
  buildConfirmation,
  buildFacultyAlert,
  buildRequestMessage,
  buildRequestRefused,
  buildSupportMessage,
} from './request-views.js';

/** Requests in Slack: the group DM of the mentee, the responders and the app; DMs to the mentee and the faculty mentor. */
export function createRequestNotifier(messenger: Messenger, topics: RequestTopics): RequestNotifier {
  return {
    async postRequest(card) {
      const channelId = await messenger.openConversation([card.request.menteeId, ...card.request.mentorIds, ...(card.request.witnessIds ?? [])]);
      const posted = await messenger.post(channelId, buildRequestMessage(card, topics));
      return { channelId: posted.channel, messageTs: posted.ts };
    },
    async updateRequest(card) {
      const { channelId, messageTs } = card.request;
      if (channelId === undefined || messageTs === undefined) return;
      await messenger.update(channelId, messageTs, buildRequestMessage(card, topics));
    },
    async confirmToMentee(card) {
      await messenger.dm(card.request.menteeId, buildConfirmation(card));
    },
    async sendSupportResources(menteeId, text) {
      await messenger.dm(menteeId, buildSupportMessage(text));
    },
    async alertFaculty(facultyId, menteeId, alertedIds) {
      await messenger.dm(facultyId, buildFacultyAlert(menteeId, alertedIds));
    },
    async tellRequestRefused(userId, reason, adminIds, waiting, topic) {
      await messenger.dm(userId, buildRequestRefused(reason, adminIds, waiting, topic));
    },
  };
}
