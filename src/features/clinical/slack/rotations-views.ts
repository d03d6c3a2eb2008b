import type { KnownBlock, ModalView } from '../../../slack/blocks.js';
import { formatFileError, type FileError } from '../domain/plan-rotations-import.js';
import type { ImportRotationsOutcome } from '../import-rotations.js';
import { clinicalCopy as words } from './copy.js';
import { clinicalIds as ids } from './ids.js';

/** Slack caps a plain-text input at 3,000 characters: longer files go through the command line. */
export const ROTATIONS_PASTE_MAX = 3_000;
/** Problems listed before "…and N more" (an input's error shows a few lines). */
const LIST_MAX = 12;

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const modal = (blocks: KnownBlock[], withSubmit: boolean): ModalView => ({
  type: 'modal',
  callback_id: ids.rotationsView,
  title: { type: 'plain_text', text: words.rotationsTitle },
  ...(withSubmit ? { submit: { type: 'plain_text' as const, text: words.rotationsSubmit } } : {}),
  close: { type: 'plain_text', text: words.rotationsClose },
  blocks,
});

/** `/mentor-admin rotations`: the form, with the pasted text again after a refusal. */
export function buildRotationsModal(csv = ''): ModalView {
  return modal(
    [
      section(words.rotationsIntro),
      {
        type: 'input',
        block_id: ids.rotationsCsvBlock,
        label: { type: 'plain_text', text: words.rotationsLabel },
        hint: { type: 'plain_text', text: words.rotationsHint },
        element: {
          type: 'plain_text_input',
          action_id: ids.rotationsCsvInput,
          multiline: true,
          max_length: ROTATIONS_PASTE_MAX,
          ...(csv === '' ? {} : { initial_value: csv.slice(0, ROTATIONS_PASTE_MAX) }),
        },
      },
    ],
    true,
  );
}

/** Every problem, under the input: the count, then one per line, the first few shown and the rest counted. */
export function buildRotationsErrors(errors: readonly FileError[]): Record<string, string> {
  const shown = errors.slice(0, LIST_MAX).map((e) => `• ${formatFileError(e)}`);
  if (errors.length > LIST_MAX) shown.push(words.rotationsMore(errors.length - LIST_MAX));
  return { [ids.rotationsCsvBlock]: [words.rotationsProblems(errors.length), ...shown].join('\n').slice(0, 2_000) };
}

export const buildRotationsEmptyError = (): Record<string, string> => ({ [ids.rotationsCsvBlock]: words.rotationsEmpty });

export const buildRotationsWorkingModal = (): ModalView => modal([section(words.rotationsWorking)], false);

/** What the import did, in the modal. A refusal is the form again with the problems listed above it. */
export function buildRotationsResultModal(outcome: ImportRotationsOutcome, csv: string): ModalView {
  if (outcome.status === 'refused') {
    const form = buildRotationsModal(csv);
    const problems = buildRotationsErrors(outcome.errors)[ids.rotationsCsvBlock]!;
    return { ...form, blocks: [section(problems), ...form.blocks] };
  }
  if (outcome.status === 'already_running') return modal([section(words.rotationsRunning)], false);
  if (outcome.status === 'slack_unavailable') return { ...buildRotationsModal(csv), blocks: [section(words.rotationsSlackUnavailable), ...buildRotationsModal(csv).blocks] };
  return modal([section(words.rotationsDone(outcome.summary))], false);
}
