import { createAwayNotifier } from '../features/away/slack/away-notifier.js';
import { createCheckinNotifier } from '../features/contacts/slack/checkin-notifier.js';
import { createDigestNotifier } from '../features/digests/slack/digest-notifier.js';
import { createHomeRefresher } from '../features/home/slack/home-refresher.js';
import { createIntroductionSender } from '../features/roster/slack/introduction-sender.js';
import type { Messenger } from '../delivery/slack/messenger.js';
import { createNudgeNotifier } from '../features/nudges/slack/nudge-notifier.js';
import { createReportSender } from '../features/exports/slack/report-sender.js';
import { createRequestNotifier } from '../features/requests/slack/request-notifier.js';
import { createSlackDirectory } from '../features/roster/slack/slack-directory.js';
import { createSwitchNotifier } from '../features/switching/slack/switch-notifier.js';
import { createUploadedFiles } from '../features/roster/slack/uploaded-files.js';

/** Every Slack-facing port the use cases need, on one messenger (main.ts, the CLI and tests build services from it). */
export function createSlackAdapters(messenger: Messenger) {
  return {
    // Requests for help and time away (issue 4).
    requestNotifier: createRequestNotifier(messenger),
    awayNotifier: createAwayNotifier(messenger),
    // Contacts, check-in prompts and the pulse (issue 5).
    checkinNotifier: createCheckinNotifier(messenger),
    // Roster, introductions and /mentor-admin (issue 3).
    directory: createSlackDirectory(messenger.client),
    introductionSender: createIntroductionSender(messenger),
    uploadedFiles: createUploadedFiles(messenger.client),
    // Switching mentors (issue 8).
    switchNotifier: createSwitchNotifier(messenger),
    // Nudges and escalation (issue 6).
    nudgeNotifier: createNudgeNotifier(messenger),
    // Weekly digests, App Home and reports (issue 7).
    digestNotifier: createDigestNotifier(messenger),
    homeRefresher: createHomeRefresher(messenger),
    reportSender: createReportSender(messenger),
  };
}
