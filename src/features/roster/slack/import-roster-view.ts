import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { RosterUseCases } from '../use-cases.js';
import { rosterIds } from './ids.js';
import { createMessenger } from '../../../delivery/slack/messenger.js';
import { buildNotAllowedModal } from '../../../slack/home-buttons.js';
import { buildNotAllowedMessage } from '../../../slack/refusals.js';
import type { ModalView } from '../../../slack/blocks.js';
import { buildImportErrors, buildImportProblemsMessage, buildImportResultModal, buildImportSourceError, buildImportSummaryMessage, buildImportWorkingModal } from './admin-views.js';

const stateValue = z.object({ value: z.string().nullish(), files: z.array(z.object({ id: z.string().min(1) }).loose()).nullish() }).loose();

const submission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    id: z.string().min(1),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), stateValue)) }),
  }),
});

/**
 * The import modal's submission: a CSV file uploaded in the form, or pasted text. What can be checked without I/O
 * (a roster given one way, pasted rows that are bad on their own) comes back at once as the modal's errors. Then the
 * modal says "importing", the import runs (who may import, the file read, people looked up in Slack, every rule
 * checked, all or nothing, introductions after it), and the modal shows the result — or the form again with every
 * problem, or with who started the import already running (one runs at a time). The admin also gets the summary in
 * a DM. If the import fails, the error boundary shows that in the modal: it never stays on "importing".
 */
export function registerImportRosterView(app: App, services: Pick<RosterUseCases, 'checkRosterFile' | 'importRoster' | 'importRosterUpload'>): void {
  app.view(rosterIds.importView, async ({ ack, body, client }) => {
    const parsed = submission.parse(body);
    const user = parsed.user.id;
    const values = parsed.view.state.values;
    const csv = values[rosterIds.importCsvBlock]?.[rosterIds.importCsvInput]?.value ?? '';
    const fileId = values[rosterIds.importFileBlock]?.[rosterIds.importFileInput]?.files?.[0]?.id;
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
    await ack({ response_action: 'update', view: buildImportWorkingModal() });

    const options = { prune: false, dryRun: false, introduce: true, now: new Date() };
    const imported = fileId === undefined ? await services.importRoster(user, { ...options, csv }) : await services.importRosterUpload(user, fileId, options);
    const messenger = createMessenger(client);
    if (!imported.allowed) {
      if (!(await showInModal(client, parsed.view.id, buildNotAllowedModal()))) await messenger.dm(user, buildNotAllowedMessage());
      return;
    }
    const outcome = imported.result;
    const shown = await showInModal(client, parsed.view.id, buildImportResultModal(outcome, csv));
    if (outcome.status === 'imported' || outcome.status === 'dry_run') {
      await messenger.dm(user, buildImportSummaryMessage(outcome));
    } else if (!shown && (outcome.status === 'refused' || outcome.status === 'slack_unavailable' || outcome.status === 'file_unreadable' || outcome.status === 'already_running')) {
      await messenger.dm(user, buildImportProblemsMessage(outcome));
    }
  });
}

/** Shows a view in the modal; false if it could not be (the admin may have closed it: a DM carries the news then). */
function showInModal(client: WebClient, viewId: string, view: ModalView): Promise<boolean> {
  return client.views
    .update({ view_id: viewId, view })
    .then(() => true)
    .catch(() => false);
}
