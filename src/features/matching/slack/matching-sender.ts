import type { Messenger } from '../../../delivery/slack/messenger.js';
import { sendOrExplain } from '../../../delivery/slack/send-errors.js';
import type { MatchingSender } from '../ports.js';
import { matchingCopy } from './copy.js';
import { buildQuestionnaireDm } from './questionnaire-views.js';

/**
 * The questionnaire's DMs, each with the button opening the form, and the match file: uploaded into the admin's DM with
 * the app as exports are (filesUploadV2: files.getUploadURLExternal, the bytes, files.completeUploadExternal).
 */
export function createMatchingSender(messenger: Messenger): MatchingSender {
  return {
    sendInvitation: (userId, round) => sendOrExplain(() => messenger.dm(userId, buildQuestionnaireDm(round, false))),
    sendReminder: (userId, round) => sendOrExplain(() => messenger.dm(userId, buildQuestionnaireDm(round, true))),
    async sendMatchFile(userId, file) {
      const channel = await messenger.openConversation([userId]);
      await messenger.client.filesUploadV2({ channel_id: channel, filename: file.filename, title: file.filename, content: file.csv, initial_comment: matchingCopy.csvSent(file.filename, file.rows) });
    },
  };
}
