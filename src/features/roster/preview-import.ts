import { importRoster, type ImportOutcome, type ImportRosterDeps, type Planned } from './import-roster.js';
import type { PreviewStore, UploadedFiles } from './ports.js';

/** A roster file uploaded in Slack is read at most this large (Slack allows 10 MB; a school's roster is far smaller). */
export const ROSTER_FILE_MAX_BYTES = 2 * 1024 * 1024;
/** A preview neither applied nor abandoned is deleted after a day. */
const PREVIEW_KEPT_MS = 24 * 3_600_000;

export interface PreviewDeps extends ImportRosterDeps {
  readonly previews: PreviewStore;
  readonly uploads: UploadedFiles;
}

/** The roster given in the form: pasted text, or an uploaded file's id. */
export type RosterSource = { readonly csv: string } | { readonly fileId: string };

/** A preview shown to the admin: what an import would do, kept under `previewId` for *Apply* or *Back*. */
export type PreviewShown = { readonly previewId: string; readonly prune: boolean } & Planned;

export type PreviewOutcome =
  | Extract<ImportOutcome, { status: 'refused' | 'slack_unavailable' | 'file_unreadable' | 'already_running' }>
  | ({ readonly status: 'preview' } & PreviewShown);

export type ApplyOutcome =
  | (Exclude<ImportOutcome, { status: 'changed' }> & { readonly csv?: string | undefined })
  /** Applied already (a second click), abandoned with Back, a day old, or another admin's: nothing was written. */
  | { readonly status: 'preview_gone' }
  /** The roster changed since the preview: nothing was written, and this is the preview as things stand now. */
  | ({ readonly status: 'changed' } & PreviewShown);

/**
 * Plans an import without writing anything (a dry run: no lock), and keeps the roster's text and the plan's
 * fingerprint for *Apply*. An uploaded file is read once, here.
 */
export async function previewImport(deps: PreviewDeps, source: RosterSource, prune: boolean, by: string, now: Date): Promise<PreviewOutcome> {
  let csv: string;
  if ('csv' in source) csv = source.csv;
  else {
    const file = await deps.uploads.readText(source.fileId, ROSTER_FILE_MAX_BYTES);
    if (file.status !== 'ok') return { status: 'file_unreadable', reason: file.status };
    csv = file.text;
  }
  const outcome = await importRoster(deps, { csv, prune, dryRun: true, introduce: false, now }, by);
  if (outcome.status !== 'dry_run') return outcome as Extract<ImportOutcome, { status: 'refused' | 'slack_unavailable' | 'already_running' }>;
  return { status: 'preview', ...(await keep(deps, { by, csv, pasted: 'csv' in source, prune }, outcome, now)) };
}

/**
 * Applies a preview: exactly the plan previewed. Under the import lock the plan is made again from the same text;
 * if the stored roster (or Slack's directory) changed since so that the plan differs, nothing is written and the new
 * preview is shown instead, to apply if it is still right. A preview is applied at most once (the first click takes it).
 */
export async function applyPreview(deps: PreviewDeps, previewId: string, by: string, now: Date): Promise<ApplyOutcome> {
  const preview = await deps.previews.take(previewId, by);
  if (preview === undefined) return { status: 'preview_gone' };
  const outcome = await importRoster(
    deps,
    { csv: preview.csv, prune: preview.prune, dryRun: false, introduce: true, now, expect: preview.fingerprint, ...(preview.accounts === undefined ? {} : { accounts: preview.accounts }) },
    by,
  );
  if (outcome.status === 'changed') return { status: 'changed', ...(await keep(deps, preview, outcome, now)) };
  return { ...outcome, csv: preview.pasted ? preview.csv : undefined };
}

/** *Back*: the preview is dropped, nothing written; the pasted text (and the checkbox) go back to the form. */
export async function dropPreview(deps: Pick<PreviewDeps, 'previews'>, previewId: string, by: string): Promise<{ readonly csv: string | undefined; readonly prune: boolean }> {
  const preview = await deps.previews.take(previewId, by);
  return { csv: preview?.pasted === true ? preview.csv : undefined, prune: preview?.prune ?? false };
}

async function keep(deps: PreviewDeps, source: { by: string; csv: string; pasted: boolean; prune: boolean }, planned: Planned, now: Date): Promise<PreviewShown> {
  await deps.previews.dropMadeBefore(new Date(now.getTime() - PREVIEW_KEPT_MS));
  const { by, csv, pasted, prune } = source;
  const accounts = planned.lookedUp;
  const previewId = await deps.previews.save({ by, csv, pasted, prune, fingerprint: planned.fingerprint, createdAt: now, ...(accounts === undefined ? {} : { accounts }) });
  return { previewId, prune: source.prune, summary: planned.summary, warnings: planned.warnings, preview: planned.preview, fingerprint: planned.fingerprint };
}
