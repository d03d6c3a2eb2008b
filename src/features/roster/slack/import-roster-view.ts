import { buildNotAllowedMessage } from '../../../slack/refusals.js';
import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { AdminPolicy } from '../../../program/policy.js';
import type { RosterUseCases } from '../use-cases.js';
import { rosterIds } from './ids.js';
import { createMessenger } from '../../../delivery/slack/messenger.js';
import { buildImportErrors, buildImportProblemsMessage, buildImportResultModal, buildImportSourceError, buildImportSummaryMessage, buildImportWorkingModal } from './admin-views.js';
import { adminCopy } from './copy.js';

const stateValue = z.object({ value: z.string().nullish(), files: z.array(z.object({ id: z.string().min(1) }).loose()).nullish() }).loose();

const submission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    id: z.string().min(1),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), stateValue)) }),
  }),
});

/**
 * The import modal's submission: a CSV file uploaded in the form, or pasted text. Pasted rows that are bad without
 * asking Slack come back at once as the modal's errors. Then the modal says "importing", the import runs (the file
 * read, people looked up in Slack, every rule checked, all or nothing, introductions after it), and the modal shows
 * the result — or the form again with every problem, or with who started the import already running (one runs at a
 * time). The admin also gets the summary in a DM.
 */
export function registerImportRosterView(app: App, services: Pick<RosterUseCases, 'checkRosterFile' | 'importRoster' | 'importRosterUpload'>, admins: AdminPolicy): void {
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
      // Pasted text is checked before answering, so bad rows show under the input straight away.
      const checked = await services.checkRosterFile(user, csv);
      if (!checked.allowed) {
        await ack({ response_action: 'errors', errors: { [rosterIds.importCsvBlock]: adminCopy.notAllowed } });
        return;
      }
      if (checked.result.errors.length > 0) {
        await ack({ response_action: 'errors', errors: buildImportErrors(checked.result.errors) });
        return;
      }
    } else if (!(await admins.isAdmin(user))) {
      await ack({ response_action: 'errors', errors: { [rosterIds.importFileBlock]: adminCopy.notAllowed } });
      return;
    }
    await ack({ response_action: 'update', view: buildImportWorkingModal() });

    const options = { prune: false, dryRun: false, introduce: true, now: new Date() };
    const imported = fileId === undefined ? await services.importRoster(user, { ...options, csv }) : await services.importRosterUpload(user, fileId, options);
    const messenger = createMessenger(client);
    if (!imported.allowed) {
      await messenger.dm(user, buildNotAllowedMessage());
      return;
    }
    const outcome = imported.result;
    const shown = await client.views
      .update({ view_id: parsed.view.id, view: buildImportResultModal(outcome, csv) })
      .then(() => true)
      // The admin may have closed the modal: the DM below carries the result then.
      .catch(() => false);
    if (outcome.status === 'imported' || outcome.status === 'dry_run') {
      await messenger.dm(user, buildImportSummaryMessage(outcome));
    } else if (!shown && (outcome.status === 'refused' || outcome.status === 'slack_unavailable' || outcome.status === 'file_unreadable' || outcome.status === 'already_running')) {
      await messenger.dm(user, buildImportProblemsMessage(outcome));
    }
  });
}
