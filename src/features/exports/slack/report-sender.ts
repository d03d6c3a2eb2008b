import type { ReportSender } from '../ports.js';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import { sendFileByDm } from '../../../delivery/slack/send-file.js';
import { exportCopy } from './copy.js';

/** Sends an export into the admin's DM with the app, as a file. */
export function createReportSender(messenger: Messenger): ReportSender {
  return {
    async sendExport(userId, file) {
      await sendFileByDm(messenger, userId, { filename: file.filename, content: file.csv, comment: exportCopy.sent(file.filename, file.rows) });
    },
  };
}
