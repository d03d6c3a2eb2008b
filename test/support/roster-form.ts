import { expect } from 'vitest';
import type { As, StateValues, UserRef } from './actor.js';
import type { ServedApp } from './app-harness.js';
import type { RecordedCall } from '../../src/demo/slack-simulator/fake-workspace.js';

/** The `/mentor-admin import` form's values with a roster pasted as CSV (no file). */
export function pastedRosterValues(csv: string): StateValues {
  return {
    admin_import_file: { admin_import_file_input: { type: 'file_input', files: [] } },
    admin_import_csv: { admin_import_csv_input: { type: 'plain_text_input', value: csv } },
  };
}

const callbackOf = (args: Record<string, unknown>) => (args['view'] as { callback_id?: string }).callback_id;

/**
 * After the import form's submission: waits for the preview in the modal, presses *Apply* (answered at once with
 * "Importing…"), and waits for what the modal shows then: the result, or (`shows`) the form again.
 */
export async function applyImportPreview(app: ServedApp, as: As, admin: UserRef, viewId: string, options: { readonly shows?: string; readonly timeoutMs?: number } = {}): Promise<RecordedCall> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  await app.slack.waitForCall('views.update', (args) => args['view_id'] === viewId && callbackOf(args) === 'admin_import_preview', timeoutMs);
  const applied = await as(admin).submit('admin_import_preview', {}, { viewId });
  expect(applied.ms).toBeLessThan(3_000);
  expect(applied.json).toMatchObject({ response_action: 'update', view: { title: { text: 'Importing…' } } });
  return app.slack.waitForCall('views.update', (args) => args['view_id'] === viewId && callbackOf(args) === (options.shows ?? 'admin_import_result'), timeoutMs);
}

/** An admin imports a pasted roster through `/mentor-admin import`, applies its preview, and the form says it is imported. */
export async function importPastedRoster(app: ServedApp, as: As, admin: UserRef, csv: string): Promise<void> {
  await as(admin).command('/mentor-admin', 'import');
  await app.slack.waitForCall('views.open', () => true, 3_000);
  const viewId = [...app.slack.views].filter(([, v]) => v.view['callback_id'] === 'admin_import').at(-1)![0];
  await as(admin).submit('admin_import', pastedRosterValues(csv), { viewId });
  const result = await applyImportPreview(app, as, admin, viewId, { timeoutMs: 10_000 });
  expect(JSON.stringify(result.args['view'])).toContain('Roster imported');
}
