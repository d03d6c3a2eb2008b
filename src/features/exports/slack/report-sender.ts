import type { ReportSender } from '../ports.js';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import { exportCopy } from './copy.js';

/**
 * Sends an export into the admin's DM with the app: web-api's filesUploadV2 asks Slack for an upload URL
 * (files.getUploadURLExternal), uploads the bytes there, and shares the file in the DM (files.completeUploadExternal).
 */
export function createReportSender(messenger: Messenger): ReportSender {
  return {
    async sendExport(userId, file) {
      const channel = await messenger.openConversation([userId]);
      await messenger.client.filesUploadV2({
        channel_id: channel,
        filename: file.filename,
        title: file.filename,
        content: file.csv,
        initial_comment: exportCopy.sent(file.filename, file.rows),
      });
    },
  };
}
