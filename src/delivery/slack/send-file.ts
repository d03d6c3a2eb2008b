import type { Messenger } from './messenger.js';

/** A file for a person's DM with the app: its name, its text and the line above it. */
export interface DmFile {
  readonly filename: string;
  readonly content: string;
  readonly comment: string;
}

/**
 * Uploads a file into a person's DM with the app: web-api's filesUploadV2 asks Slack for an upload URL
 * (files.getUploadURLExternal), uploads the bytes there, and shares the file in the DM (files.completeUploadExternal).
 */
export async function sendFileByDm(messenger: Messenger, userId: string, file: DmFile): Promise<void> {
  const channel = await messenger.openConversation([userId]);
  await messenger.client.filesUploadV2({ channel_id: channel, filename: file.filename, title: file.filename, content: file.content, initial_comment: file.comment });
}
