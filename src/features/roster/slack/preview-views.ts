import type { ImportPreview, PreviewSection } from '../domain/import-preview.js';
import type { PreviewShown } from '../preview-import.js';
import { rosterIds } from './ids.js';
import type { KnownBlock, ModalView } from '../../../slack/blocks.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';
import { adminCopy, previewCopy } from './copy.js';
import { formatWarnings } from './admin-views.js';

/** A listed change is cut to this many characters, so that 20 of them stay within a section's 3,000. */
const LINE_MAX = 120;
const clip = (text: string) => (text.length > LINE_MAX ? `${text.slice(0, LINE_MAX - 1)}…` : text);
const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** One kind of change: its count, then the first 20 by name (escaped: names come from the file), then how many more. */
function sectionText(s: PreviewSection): string {
  const lines = [`*${previewCopy.heading(s.kind, s.count)}*`, ...s.lines.map((l) => `• ${escapeMrkdwn(clip(l.detail === undefined ? l.name : `${l.name} (${l.detail})`))}`)];
  if (s.count > s.lines.length) lines.push(previewCopy.more(s.count - s.lines.length));
  return lines.join('\n');
}

/** The preview's sections as mrkdwn blocks (the kinds with nothing to do are left out, unless nothing changes at all). */
export function buildPreviewBlocks(preview: ImportPreview): KnownBlock[] {
  const shown = preview.sections.filter((s) => s.count > 0);
  return (shown.length > 0 ? shown : preview.sections).map((s) => section(sectionText(s)));
}

/**
 * The import form's second step: what importing would do, with *Apply* (the submit button) and *Back* (to the form,
 * the pasted roster kept). The preview's id travels in `private_metadata`; nothing else is needed to apply it.
 */
export function buildPreviewModal(shown: PreviewShown, options: { readonly changed?: boolean } = {}): ModalView {
  const blocks: KnownBlock[] = [];
  if (options.changed === true) blocks.push(section(adminCopy.previewChanged));
  blocks.push(section(adminCopy.previewIntro(shown.prune)), ...buildPreviewBlocks(shown.preview));
  if (shown.warnings.length > 0) blocks.push(section(`${adminCopy.warningsTitle(shown.warnings.length)}\n${formatWarnings(shown.warnings)}`));
  blocks.push({
    type: 'actions',
    block_id: rosterIds.previewActionsBlock,
    elements: [{ type: 'button', action_id: rosterIds.previewBack, text: { type: 'plain_text', text: adminCopy.previewBack }, value: shown.previewId }],
  });
  return {
    type: 'modal',
    callback_id: rosterIds.previewView,
    private_metadata: shown.previewId,
    title: { type: 'plain_text', text: adminCopy.previewTitle },
    submit: { type: 'plain_text', text: adminCopy.previewApply },
    close: { type: 'plain_text', text: adminCopy.importClose },
    blocks,
  };
}

/** *Apply* on a preview that is no longer there (applied already, gone back from, or a day old). */
export function buildPreviewGoneModal(): ModalView {
  return {
    type: 'modal',
    callback_id: rosterIds.importResultView,
    title: { type: 'plain_text', text: adminCopy.previewGoneTitle },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [section(adminCopy.previewGone)],
  };
}

/** The preview as plain text, for the command line's `--dry-run` (the same headings and lists, unescaped). */
export function formatPreviewText(preview: ImportPreview): string {
  return preview.sections
    .map((s) => {
      const lines = [`${previewCopy.heading(s.kind, s.count)}`, ...s.lines.map((l) => `  - ${l.detail === undefined ? l.name : `${l.name} (${l.detail})`}`)];
      if (s.count > s.lines.length) lines.push(`  ${previewCopy.more(s.count - s.lines.length)}`);
      return lines.join('\n');
    })
    .join('\n');
}
