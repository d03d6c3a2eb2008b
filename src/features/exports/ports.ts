import type { ExportFile } from './domain/export.js';

/** Sends an export to the admin who asked for it (implemented in slack/report-sender.ts). */
export interface ReportSender {
  /** Uploads the CSV file into the admin's DM with the app. */
  sendExport(userId: string, file: ExportFile): Promise<void>;
}
