import { formatRowError, type RosterWarning, type RowError } from '../domain/roster-import.js';
import type { ImportOutcome } from '../import-roster.js';
import type { RosterStatus } from '../roster-status.js';
import type { IntroductionSummary } from '../run-introductions.js';
import { ids } from '../../../slack/ids.js';
import type { KnownBlock, ModalView } from '../../../slack/blocks.js';
import { copy } from '../../../slack/copy.js';
import type { SlackMessage } from '../../../slack/help-message.js';

/** Slack caps a plain-text input at 3,000 characters: larger rosters go through the command line. */
export const ROSTER_PASTE_MAX = 3_000;
/** Problems and warnings listed before "…and N more" (a section holds 3,000 characters). */
export const LIST_MAX = 20;
const LINE_MAX = 140;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Every problem, one per line, the first {@link LIST_MAX} shown and the rest counted. */
export function formatProblems(errors: readonly RowError[], max = LIST_MAX): string {
  const shown = errors.slice(0, max).map((e) => `• ${clip(formatRowError(e), LINE_MAX)}`);
  if (errors.length > max) shown.push(copy.admin.problemsMore(errors.length - max));
  return shown.join('\n');
}

function formatWarnings(warnings: readonly RosterWarning[], max = LIST_MAX): string {
  const shown = warnings.slice(0, max).map((w) => `• ${clip(w.message, LINE_MAX)}`);
  if (warnings.length > max) shown.push(copy.intro.more(warnings.length - max));
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
}

/** The `/mentor-admin import` modal: upload a CSV roster, or paste it. */
export function buildImportModal(options: ImportModalOptions = {}): ModalView {
  const blocks: KnownBlock[] = [];
  if (options.errors !== undefined && options.errors.length > 0) {
    blocks.push(section(`:warning: ${copy.admin.refusedIntro(options.errors.length)}`), section(formatProblems(options.errors)), { type: 'divider' });
  }
  if (options.notice !== undefined) blocks.push(section(`:warning: ${options.notice}`));
  blocks.push(
    section(copy.admin.importIntro),
    {
      type: 'input',
      block_id: ids.admin.importFileBlock,
      optional: true,
      label: { type: 'plain_text', text: copy.admin.fileLabel },
      element: { type: 'file_input', action_id: ids.admin.importFileInput, filetypes: ['csv', 'txt'], max_files: 1 },
    },
    {
      type: 'input',
      block_id: ids.admin.importCsvBlock,
      optional: true,
      label: { type: 'plain_text', text: copy.admin.pasteLabel },
      hint: { type: 'plain_text', text: copy.admin.importHint },
      element: {
        type: 'plain_text_input',
        action_id: ids.admin.importCsvInput,
        multiline: true,
        max_length: ROSTER_PASTE_MAX,
        placeholder: { type: 'plain_text', text: 'email,name,role,year,group,mdphd' },
        ...(options.csv !== undefined && options.csv.length <= ROSTER_PASTE_MAX ? { initial_value: options.csv } : {}),
      },
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: copy.admin.importFileNote }] },
  );
  return {
    type: 'modal',
    callback_id: ids.admin.importView,
    title: { type: 'plain_text', text: copy.admin.importTitle },
    submit: { type: 'plain_text', text: copy.admin.importSubmit },
    close: { type: 'plain_text', text: copy.admin.importClose },
    blocks,
  };
}

/** The modal's `errors` answer: every problem under the input, within Slack's limits. */
export function buildImportErrors(errors: readonly RowError[]): Record<string, string> {
  return { [ids.admin.importCsvBlock]: `${copy.admin.refusedIntro(errors.length)}\n${formatProblems(errors)}` };
}

/** The modal's `errors` answer when the form names no roster, or two. */
export function buildImportSourceError(problem: 'none' | 'both'): Record<string, string> {
  return { [ids.admin.importFileBlock]: problem === 'none' ? copy.admin.chooseOne : copy.admin.notBoth };
}

/** Shown while the import runs (Slack is asked about people, then everything is written). */
export function buildImportWorkingModal(): ModalView {
  return {
    type: 'modal',
    callback_id: ids.admin.importWorkingView,
    title: { type: 'plain_text', text: copy.admin.workingTitle },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [section(copy.admin.workingText)],
  };
}

/** What the import modal shows when it is done: the summary, or the form again with the problems. */
export function buildImportResultModal(outcome: ImportOutcome, csv: string): ModalView {
  if (outcome.status === 'refused') return buildImportModal({ csv, errors: outcome.errors });
  if (outcome.status === 'slack_unavailable') return buildImportModal({ csv, notice: copy.admin.slackUnavailable });
  if (outcome.status === 'file_unreadable') return buildImportModal({ notice: copy.admin.fileUnreadable(outcome.reason) });
  return {
    type: 'modal',
    callback_id: ids.admin.importResultView,
    title: { type: 'plain_text', text: copy.admin.resultTitle },
    close: { type: 'plain_text', text: 'Done' },
    blocks: buildImportSummaryMessage(outcome).blocks,
  };
}

/** The summary sent to the admin after an import (and, for a dry run, instead of one). */
export function buildImportSummaryMessage(outcome: Extract<ImportOutcome, { status: 'imported' | 'dry_run' }>): SlackMessage {
  const lines = [copy.admin.summaryTitle(outcome.status === 'dry_run'), copy.admin.summaryPeople(outcome.summary), copy.admin.summaryGroups(outcome.summary)];
  if (outcome.introductions === 'failed') lines.push(copy.admin.introductionsFailed);
  else if (outcome.introductions !== undefined) lines.push(copy.admin.introductionsDone(outcome.introductions));
  const blocks: KnownBlock[] = [section(lines.join('\n'))];
  if (outcome.warnings.length > 0) blocks.push(section(`${copy.admin.warningsTitle(outcome.warnings.length)}\n${formatWarnings(outcome.warnings)}`));
  return { text: lines.join('\n'), blocks };
}

/** A refused import as a message (when the modal is no longer open to show it). */
export function buildImportProblemsMessage(outcome: Extract<ImportOutcome, { status: 'refused' | 'slack_unavailable' | 'file_unreadable' }>): SlackMessage {
  if (outcome.status !== 'refused') {
    const text = outcome.status === 'slack_unavailable' ? copy.admin.slackUnavailable : copy.admin.fileUnreadable(outcome.reason);
    return { text, blocks: [section(text)] };
  }
  const intro = copy.admin.refusedIntro(outcome.errors.length);
  return { text: intro, blocks: [section(`:warning: ${intro}`), section(formatProblems(outcome.errors))] };
}

/** `/mentor-admin introduce`: what the run did. */
export function buildIntroduceReport(summary: IntroductionSummary): SlackMessage {
  const sent = summary.channelsCreated + summary.introductionsPosted + summary.welcomesSent + summary.newcomersWelcomed;
  const text = sent === 0 && summary.failed === 0 ? copy.admin.introduceNothing : copy.admin.introductionsDone(summary);
  return { text, blocks: [section(text)] };
}

/** `/mentor-admin status`: counts, groups not yet introduced, roster warnings. */
export function buildStatusMessage(status: RosterStatus): SlackMessage {
  if (status.people.active + status.people.inactive === 0) {
    return { text: copy.admin.statusEmpty, blocks: [section(copy.admin.statusEmpty)] };
  }
  const lines = [
    copy.admin.statusTitle,
    copy.admin.statusPeople(status.people.active, status.people.inactive, status.people.byRole),
    copy.admin.statusGroups(status.groups.cohorts, status.groups.mdphd, status.groups.inactive),
    copy.admin.statusNotIntroduced(status.notIntroduced),
    copy.admin.statusAwaiting(status.awaitingWelcome),
  ].filter((l) => l !== '');
  const warnings = status.warnings.length > 0 ? `${copy.admin.statusWarningsTitle(status.warnings.length)}\n${formatWarnings(status.warnings)}` : copy.admin.statusNoWarnings;
  return { text: `${lines.join('\n')}\n${warnings}`, blocks: [section(lines.join('\n')), section(warnings)] };
}

/** The polite refusal for someone who is not an admin. */
export function buildNotAllowedMessage(): SlackMessage {
  return { text: copy.admin.notAllowed, blocks: [section(copy.admin.notAllowed)] };
}
