import type { MessageLocation } from '../../program/personal-data.js';
import type { PersonFile } from './domain/person-file.js';

/** What a person's export and forget do in Slack (implemented in slack/person-slack.ts). */
export interface PersonSlack {
  /** Uploads a person's record into the admin's DM with the app. */
  sendFile(adminId: string, file: PersonFile): Promise<void>;
  /** Deletes one of the app's own messages; 'gone' when Slack no longer has it (deleted before, or its channel). */
  deleteMessage(location: MessageLocation): Promise<'deleted' | 'gone'>;
}
