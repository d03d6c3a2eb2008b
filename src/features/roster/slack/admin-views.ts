import { formatRowError, type RosterWarning, type RowError } from '../domain/roster-import.js';
import type { ImportOutcome } from '../import-roster.js';
import type { RosterStatus } from '../roster-status.js';
import type { IntroductionSummary } from '../run-introductions.js';
import { rosterIds } from './ids.js';
import type { KnownBlock, ModalView } from '../../../slack/blocks.js';
import { adminCopy, introCopy } from './copy.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { formatInZone } from '../../../slack/format-time.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';

/** Slack caps a plain-text input at 3,000 characters: larger rosters go through the command line. */
export const ROSTER_PASTE_MAX = 3_000;
/** Problems and warnings listed before "…and N more" (a section holds 3,000 characters). */
export const LIST_MAX = 20;
const LINE_MAX = 140;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Every problem, one per line, the first {@link LIST_MAX} shown and the rest counted. */
export function formatProblems(errors: readonly RowError[], max = LIST_MAX): string {
  const shown = errors.slice(0, max).map((e) => `• ${clip(formatRowError(e), LINE_MAX)}`);
  if (errors.length > max) shown.push(adminCopy.problemsMore(errors.length - max));
  return shown.join('\n');
}

export function formatWarnings(warnings: readonly RosterWarning[], max = LIST_MAX): string {
  // Warnings quote names from the file: escaped, as they go into mrkdwn.
  const shown = warnings.slice(0, max).map((w) => `• ${escapeMrkdwn(clip(w.message, LINE_MAX))}`);
  if (warnings.length > max) shown.push(introCopy.more(warnings.length - max));
  return shown.join('\n');
}

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

export interface ImportModalOptions {
  /** The text to show in the input again (after a refusal). */
  readonly csv?: string;
  /** Problems found once Slack was asked (unknown e-mail addresses, program rules). */
  readonly errors?: readonly RowError[];
  /** A notice above the form (e.g. Slack was unavailable). */
  readonly notice?: string;
  /** The *whole roster* box ticked (back from a preview). */
  readonly prune?: boolean;
}

/** The form's `--prune`: the one option of the *whole roster* box. */
export const PRUNE_VALUE = 'prune';
const pruneOption = {
  text: { type: 'plain_text' as const, text: adminCopy.pruneOption },
  description: { type: 'plain_text' as const, text: adminCopy.pruneDescription },
  value: PRUNE_VALUE,
};

/** The `/mentor-admin import` modal: upload a CSV roster, or paste it; whether it is the whole roster. */
export function buildImportModal(options: ImportModalOptions = {}): ModalView {
  const blocks: KnownBlock[] = [];
  if (options.errors !== undefined && options.errors.length > 0) {
    blocks.push(section(`:warning: ${adminCopy.refusedIntro(options.errors.length)}`), section(escapeMrkdwn(formatProblems(options.errors))), { type: 'divider' });
  }
  if (options.notice !== undefined) blocks.push(section(`:warning: ${options.notice}`));
  blocks.push(
    section(adminCopy.importIntro),
    {
      type: 'input',
      block_id: rosterIds.importFileBlock,
      optional: true,
      label: { type: 'plain_text', text: adminCopy.fileLabel },
      element: { type: 'file_input', action_id: rosterIds.importFileInput, filetypes: ['csv', 'txt'], max_files: 1 },
    },
    {
      type: 'input',
      block_id: rosterIds.importCsvBlock,
      optional: true,
      label: { type: 'plain_text', text: adminCopy.pasteLabel },
      hint: { type: 'plain_text', text: adminCopy.importHint },
      element: {
        type: 'plain_text_input',
        action_id: rosterIds.importCsvInput,
        multiline: true,
        max_length: ROSTER_PASTE_MAX,
        placeholder: { type: 'plain_text', text: 'email,name,role,year,group,mdphd' },
        ...(options.csv !== undefined && options.csv.length <= ROSTER_PASTE_MAX ? { initial_value: options.csv } : {}),
      },
    },
    {
      type: 'input',
      block_id: rosterIds.importPruneBlock,
      optional: true,
      label: { type: 'plain_text', text: adminCopy.pruneLabel },
      element: { type: 'checkboxes', action_id: rosterIds.importPruneInput, options: [pruneOption], ...(options.prune === true ? { initial_options: [pruneOption] } : {}) },
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: adminCopy.importFileNote }] },
  );
  return {
    type: 'modal',
    callback_id: rosterIds.importView,
    title: { type: 'plain_text', text: adminCopy.importTitle },
    submit: { type: 'plain_text', text: adminCopy.importSubmit },
    close: { type: 'plain_text', text: adminCopy.importClose },
    blocks,
  };
}

/** The modal's `errors` answer: every problem under the input, within Slack's limits. */
export function buildImportErrors(errors: readonly RowError[]): Record<string, string> {
  return { [rosterIds.importCsvBlock]: `${adminCopy.refusedIntro(errors.length)}\n${formatProblems(errors)}` };
}

/** The modal's `errors` answer when the form names no roster, or two. */
export function buildImportSourceError(problem: 'none' | 'both'): Record<string, string> {
  return { [rosterIds.importFileBlock]: problem === 'none' ? adminCopy.chooseOne : adminCopy.notBoth };
}

/** Shown while the import runs (Slack is asked about people, then everything is written), or while the preview is made. */
export function buildImportWorkingModal(step: 'import' | 'preview' = 'import'): ModalView {
  return {
    type: 'modal',
    callback_id: step === 'import' ? rosterIds.importWorkingView : rosterIds.importCheckingView,
    title: { type: 'plain_text', text: step === 'import' ? adminCopy.workingTitle : adminCopy.checkingTitle },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [section(step === 'import' ? adminCopy.workingText : adminCopy.checkingText)],
  };
}

/** Another import is running: who started it (a mention) and when, in the reader's zone. */
function importRunningText(outcome: Extract<ImportOutcome, { status: 'already_running' }>): string {
  return adminCopy.importRunning(formatInZone(outcome.since, outcome.zone), outcome.by === undefined ? undefined : `<@${outcome.by}>`);
}

/** What the import modal shows when it is done: the summary, or the form again with the problems. */
export function buildImportResultModal(outcome: Exclude<ImportOutcome, { status: 'changed' }>, csv: string | undefined): ModalView {
  if (outcome.status === 'refused') return buildImportModal({ csv, errors: outcome.errors });
  if (outcome.status === 'already_running') return buildImportModal({ csv, notice: importRunningText(outcome) });
  if (outcome.status === 'slack_unavailable') return buildImportModal({ csv, notice: adminCopy.slackUnavailable });
  if (outcome.status === 'file_unreadable') return buildImportModal({ notice: adminCopy.fileUnreadable(outcome.reason) });
  return {
    type: 'modal',
    callback_id: rosterIds.importResultView,
    title: { type: 'plain_text', text: adminCopy.resultTitle },
    close: { type: 'plain_text', text: 'Done' },
    blocks: buildImportSummaryMessage(outcome).blocks,
  };
}

/** The summary sent to the admin after an import (and, for a dry run, instead of one). */
export function buildImportSummaryMessage(outcome: Extract<ImportOutcome, { status: 'imported' | 'dry_run' }>): SlackMessage {
  const lines = [adminCopy.summaryTitle(outcome.status === 'dry_run'), adminCopy.summaryPeople(outcome.summary), adminCopy.summaryGroups(outcome.summary)];
  if (outcome.endings === 'failed') lines.push(adminCopy.endingsFailed);
  else if (outcome.endings !== undefined && outcome.endings.endings > 0) lines.push(adminCopy.endingsDone(outcome.endings));
  if (outcome.introductions === 'failed') lines.push(adminCopy.introductionsFailed);
  else if (outcome.introductions !== undefined) lines.push(adminCopy.introductionsDone(outcome.introductions));
  const blocks: KnownBlock[] = [section(lines.join('\n'))];
  if (outcome.warnings.length > 0) blocks.push(section(`${adminCopy.warningsTitle(outcome.warnings.length)}\n${formatWarnings(outcome.warnings)}`));
  return { text: lines.join('\n'), blocks };
}

/** A refused import as a message (when the modal is no longer open to show it). */
export function buildImportProblemsMessage(outcome: Extract<ImportOutcome, { status: 'refused' | 'slack_unavailable' | 'file_unreadable' | 'already_running' }>): SlackMessage {
  if (outcome.status !== 'refused') {
    const text =
      outcome.status === 'slack_unavailable'
        ? adminCopy.slackUnavailable
        : outcome.status === 'already_running'
          ? importRunningText(outcome)
          : adminCopy.fileUnreadable(outcome.reason);
    return { text, blocks: [section(text)] };
  }
  const intro = adminCopy.refusedIntro(outcome.errors.length);
  return { text: intro, blocks: [section(`:warning: ${intro}`), section(escapeMrkdwn(formatProblems(outcome.errors)))] };
}

/** `/mentor-admin introduce`: what the run did. */
export function buildIntroduceReport(summary: IntroductionSummary): SlackMessage {
  const sent = summary.channelsCreated + summary.introductionsPosted + summary.pairsReintroduced + summary.welcomesSent + summary.newcomersWelcomed;
  const text = sent === 0 && summary.failed === 0 ? adminCopy.introduceNothing : adminCopy.introductionsDone(summary);
  return { text, blocks: [section(text)] };
}

/** `/mentor-admin status`: counts, groups not yet introduced, roster warnings. */
export function buildStatusMessage(status: RosterStatus): SlackMessage {
  if (status.people.active + status.people.inactive === 0) {
    return { text: adminCopy.statusEmpty, blocks: [section(adminCopy.statusEmpty)] };
  }
  const lines = [
    adminCopy.statusTitle,
    adminCopy.statusPeople(status.people.active, status.people.inactive, status.people.byRole),
    adminCopy.statusGroups(status.groups.cohorts, status.groups.mdphd, status.groups.inactive),
    adminCopy.statusNotIntroduced(status.notIntroduced.map(escapeMrkdwn)),
    adminCopy.statusAwaiting(status.awaitingWelcome),
  ].filter((l) => l !== '');
  const warnings = status.warnings.length > 0 ? `${adminCopy.statusWarningsTitle(status.warnings.length)}\n${formatWarnings(status.warnings)}` : adminCopy.statusNoWarnings;
  return { text: `${lines.join('\n')}\n${warnings}`, blocks: [section(lines.join('\n')), section(warnings)] };
}
