import type { ExportTable } from '../../../program/export-table.js';
import type { ExportFile, ExportProblem } from '../domain/export.js';
import { exportIds } from './ids.js';
import type { KnownBlock, ModalView } from '../../../slack/blocks.js';
import { exportCopy } from './copy.js';
import type { SlackMessage } from '../../../slack/help-message.js';

const words = exportCopy;
const plain = (text: string) => ({ type: 'plain_text' as const, text });
const message = (text: string): SlackMessage => ({ text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] });

/** What is wrong with an export's arguments, and how to write them (`kinds`: the ones the features contribute). */
export function describeExportProblem(problem: ExportProblem, kinds: readonly string[]): string {
  switch (problem.code) {
    case 'no_kind':
      return words.problems.no_kind(kinds);
    case 'unknown_kind':
      return words.problems.unknown_kind(problem.word, kinds);
    case 'missing_month':
      return words.problems.missing_month(problem.option);
    case 'bad_month':
      return words.problems.bad_month(problem.option, problem.value);
    case 'bad_year':
      return words.problems.bad_year(problem.value);
    case 'year_with_months':
      return words.problems.year_with_months;
    case 'unexpected':
      return words.problems.unexpected(problem.word, kinds);
    case 'from_after_to':
      return words.problems.from_after_to(problem.from, problem.to);
    case 'missing_id':
      return words.problems.missing_id(problem.kind);
    case 'too_long':
      return words.problems.too_long(problem.from, problem.to, problem.months, problem.max);
  }
}

export function buildExportProblem(problem: ExportProblem, kinds: readonly string[]): SlackMessage {
  return message(describeExportProblem(problem, kinds));
}

/** Said at once while the file is prepared. */
export function buildExportWorking(kind: string): SlackMessage {
  return message(words.working(kind));
}

/** Said where the command was typed once the file is in the admin's DM. */
export function buildExportSent(file: ExportFile): SlackMessage {
  return message(words.sent(file.filename, file.rows));
}

/** Home's *Export CSV*: what to export (the tables the features contribute, in order) and which months; the file arrives by DM. */
export function buildExportModal(tables: readonly ExportTable[]): ModalView {
  const month = (blockId: string, actionId: string, label: string): KnownBlock => ({
    type: 'input',
    block_id: blockId,
    optional: true,
    label: plain(label),
    hint: plain(words.monthsHint),
    element: { type: 'plain_text_input', action_id: actionId, max_length: 7, placeholder: plain('2026-09') },
  });
  // The form has no field for an id: a kind that exports one record is asked for by command (`--id`).
  const options = tables.filter((table) => table.needsId !== true).map((table) => ({ text: plain(table.label), value: table.kind }));
  return {
    type: 'modal',
    callback_id: exportIds.modal,
    title: plain(words.modalTitle),
    submit: plain(words.modalSubmit),
    close: plain(words.modalClose),
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: words.modalIntro }] },
      {
        type: 'input',
        block_id: exportIds.kindBlock,
        label: plain(words.kindLabel),
        element: { type: 'static_select', action_id: exportIds.kindSelect, options, initial_option: options[0]! },
      },
      month(exportIds.fromBlock, exportIds.fromInput, words.fromLabel),
      month(exportIds.toBlock, exportIds.toInput, words.toLabel),
    ],
  };
}

/** Where each problem shows in the export modal. */
export function buildExportModalErrors(problem: ExportProblem, kinds: readonly string[]): Record<string, string> {
  const block =
    problem.code === 'missing_month' || problem.code === 'bad_month'
      ? problem.option === 'from'
        ? exportIds.fromBlock
        : exportIds.toBlock
      : problem.code === 'from_after_to'
        ? exportIds.toBlock
        : problem.code === 'too_long'
          ? exportIds.fromBlock
          : exportIds.kindBlock;
  return { [block]: describeExportProblem(problem, kinds) };
}
