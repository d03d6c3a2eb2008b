import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { RosterUseCases } from '../use-cases.js';
import { rosterIds } from './ids.js';
import { createMessenger } from '../../../delivery/slack/messenger.js';
import { buildNotAllowedModal } from '../../../slack/home-buttons.js';
import { buildNotAllowedMessage } from '../../../slack/refusals.js';
import type { ModalView } from '../../../slack/blocks.js';
import {
  buildImportErrors,
  buildImportModal,
  buildImportProblemsMessage,
  buildImportResultModal,
  buildImportSourceError,
  buildImportSummaryMessage,
  buildImportWorkingModal,
  PRUNE_VALUE,
} from './admin-views.js';
import { buildPreviewGoneModal, buildPreviewModal } from './preview-views.js';

const stateValue = z
  .object({
    value: z.string().nullish(),
    files: z.array(z.object({ id: z.string().min(1) }).loose()).nullish(),
    selected_options: z.array(z.object({ value: z.string() }).loose()).nullish(),
  })
  .loose();

const submission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    id: z.string().min(1),
    private_metadata: z.string().optional(),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), stateValue)) }),
  }),
});

const backClick = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({ id: z.string().min(1) }),
  actions: z.array(z.object({ value: z.string().min(1) }).loose()).min(1),
});

type Services = Pick<RosterUseCases, 'checkRosterFile' | 'previewRoster' | 'applyRosterPreview' | 'dropRosterPreview'>;

/**
 * The import form, in two steps. The form's submission (a CSV file uploaded in the form, or pasted text; the *whole
 * roster* box for `--prune`): what can be checked without I/O comes back at once as the modal's errors; else the modal
 * says "checking", and the import is planned without writing anything (who may import, the file read, people looked
 * up in Slack, every rule checked), then the modal shows the preview, or the form again with every problem. The
 * preview's *Apply* answers at once with "importing", then imports exactly what was previewed (or shows the new
 * preview if the roster changed meanwhile) and shows the result, also sent by DM; *Back* shows the form again and
 * writes nothing. If anything fails, the error boundary shows that in the modal: it never stays on "checking" or
 * "importing".
 */
export function registerImportRosterView(app: App, services: Services): void {
  app.view(rosterIds.importView, async ({ ack, body, client }) => {
    const parsed = submission.parse(body);
    const user = parsed.user.id;
    const values = parsed.view.state.values;
    const csv = values[rosterIds.importCsvBlock]?.[rosterIds.importCsvInput]?.value ?? '';
    const fileId = values[rosterIds.importFileBlock]?.[rosterIds.importFileInput]?.files?.[0]?.id;
    const prune = (values[rosterIds.importPruneBlock]?.[rosterIds.importPruneInput]?.selected_options ?? []).some((o) => o.value === PRUNE_VALUE);
    if (fileId === undefined && csv.trim() === '') {
      await ack({ response_action: 'errors', errors: buildImportSourceError('none') });
      return;
    }
    if (fileId !== undefined && csv.trim() !== '') {
      await ack({ response_action: 'errors', errors: buildImportSourceError('both') });
      return;
    }
    if (fileId === undefined) {
      // Pasted rows are read before answering (no I/O), so bad ones show under the input straight away.
      const checked = services.checkRosterFile(csv, new Date());
      if (checked.errors.length > 0) {
        await ack({ response_action: 'errors', errors: buildImportErrors(checked.errors) });
        return;
      }
    }
    await ack({ response_action: 'update', view: buildImportWorkingModal('preview') });

    const previewed = await services.previewRoster(user, fileId === undefined ? { csv } : { fileId }, prune, new Date());
    if (!previewed.allowed) return refuse(client, parsed.view.id, user);
    const outcome = previewed.result;
    const pasted = fileId === undefined ? csv : undefined;
    const view = outcome.status === 'preview' ? buildPreviewModal(outcome) : buildImportResultModal(outcome, pasted);
    // Closed meanwhile: a preview needs nothing (nothing was written); problems go by DM.
    if (!(await showInModal(client, parsed.view.id, view)) && outcome.status !== 'preview') await createMessenger(client).dm(user, buildImportProblemsMessage(outcome));
  });

  app.view(rosterIds.previewView, async ({ ack, body, client }) => {
    const parsed = submission.parse(body);
    const user = parsed.user.id;
    await ack({ response_action: 'update', view: buildImportWorkingModal('import') });

    const applied = await services.applyRosterPreview(user, parsed.view.private_metadata ?? '', new Date());
    if (!applied.allowed) return refuse(client, parsed.view.id, user);
    const outcome = applied.result;
    if (outcome.status === 'preview_gone') {
      await showInModal(client, parsed.view.id, buildPreviewGoneModal());
      return;
    }
    if (outcome.status === 'changed') {
      await showInModal(client, parsed.view.id, buildPreviewModal(outcome, { changed: true }));
      return;
    }
    const shown = await showInModal(client, parsed.view.id, buildImportResultModal(outcome, outcome.csv));
    const messenger = createMessenger(client);
    if (outcome.status === 'imported' || outcome.status === 'dry_run') await messenger.dm(user, buildImportSummaryMessage(outcome));
    else if (!shown) await messenger.dm(user, buildImportProblemsMessage(outcome as Parameters<typeof buildImportProblemsMessage>[0]));
  });

  app.action(rosterIds.previewBack, async ({ ack, body, client }) => {
    await ack();
    const parsed = backClick.parse(body);
    const back = await services.dropRosterPreview(parsed.user.id, parsed.actions[0]!.value);
    await client.views.update({ view_id: parsed.view.id, view: buildImportModal({ ...(back.csv === undefined ? {} : { csv: back.csv }), prune: back.prune }) });
  });
}

/** Not an admin (known only from the roster): said in the modal, or by DM if it was closed. */
async function refuse(client: WebClient, viewId: string, user: string): Promise<void> {
  if (!(await showInModal(client, viewId, buildNotAllowedModal()))) await createMessenger(client).dm(user, buildNotAllowedMessage());
}

/** Shows a view in the modal; false if it could not be (the admin may have closed it: a DM carries the news then). */
function showInModal(client: WebClient, viewId: string, view: ModalView): Promise<boolean> {
  return client.views
    .update({ view_id: viewId, view })
    .then(() => true)
    .catch(() => false);
}
