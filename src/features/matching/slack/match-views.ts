import type { KnownBlock, ModalView } from '../../../slack/blocks.js';
import { buildFormModal } from '../../../slack/blocks.js';
import { buildNoticeModal } from '../../../slack/home-buttons.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';
import type { MatchCsvError } from '../domain/match-csv.js';
import type { Placement } from '../domain/plan-match.js';
import type { ApplyOutcome, ImportOutcome, ShownMatch } from '../match-use-cases.js';
import { matchingCopy as words } from './copy.js';
import { matchingIds as ids } from './ids.js';

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const message = (text: string): SlackMessage => ({ text, blocks: [section(text)] });

/** Slack's limits: 50 blocks a message, 3,000 characters a section. */
const MAX_GROUP_SECTIONS = 44;
const MAX_SECTION_CHARS = 2_900;

/** Why a mentee was placed where they were: the shared items (never free text), in plain words. */
export function describeFit(placement: Placement, names: ReadonlyMap<string, string>): string {
  const f = placement.fit;
  const asked = f.namedMentors.map((id) => names.get(id) ?? id).join(', ');
  const items = [...f.specialties, ...f.hobbies, ...(f.sameCommunity ? [words.reasons.community] : []), ...(asked === '' ? [] : [words.reasons.asked(asked)]), ...(f.mdphd ? [words.reasons.mdphd] : [])];
  return items.length === 0 ? words.reasons.none : items.join('; ');
}

/** The preview: the summary figures, then per group its mentees and why, who is left out, and the buttons. */
export function buildMatchPreview(shown: ShownMatch): SlackMessage {
  const { preview, proposal, names } = shown;
  const nameOf = (id: string) => escapeMrkdwn(names.get(id) ?? id);
  const summary = words.summary(preview.summary, preview.summary.outsideRange.map((id) => escapeMrkdwn(preview.groups.find((g) => g.group.id === id)?.group.name ?? id)));
  const head = `${words.previewTitle(proposal.source)}\n${summary}`;
  const groupSections = preview.groups.slice(0, MAX_GROUP_SECTIONS).map((g) => {
    const lines = g.placements.map((p) => `• ${nameOf(p.menteeId)} (${p.fit.score}): ${escapeMrkdwn(describeFit(p, names))}`);
    let text = `${words.groupLine(escapeMrkdwn(g.group.name), g.group.mentees, g.size)}\n${lines.length === 0 ? words.nobodyNew : lines.join('\n')}`;
    if (text.length > MAX_SECTION_CHARS) {
      const kept = text.slice(0, MAX_SECTION_CHARS).split('\n').slice(0, -1);
      text = `${kept.join('\n')}\n${words.moreInCsv(g.placements.length - (kept.length - 1))}`;
    }
    return section(text);
  });
  const more = preview.groups.length > MAX_GROUP_SECTIONS ? [section(words.moreGroups(preview.groups.length - MAX_GROUP_SECTIONS))] : [];
  const left = preview.unmatched.length === 0 ? [] : [section(words.unmatched(preview.unmatched.map(nameOf).join(', ')).slice(0, MAX_SECTION_CHARS))];
  const blocks: KnownBlock[] = [
    section(head),
    ...groupSections,
    ...more,
    ...left,
    { type: 'context', elements: [{ type: 'mrkdwn', text: words.scoreNote }] },
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ids.apply,
          value: proposal.id,
          style: 'primary',
          text: plain(words.applyButton),
          confirm: { title: plain(words.applyConfirm.title), text: plain(words.applyConfirm.text), confirm: plain(words.applyConfirm.confirm), deny: plain(words.applyConfirm.deny) },
        },
        { type: 'button', action_id: ids.csv, value: proposal.id, text: plain(words.csvButton) },
        { type: 'button', action_id: ids.importOpen, value: proposal.id, text: plain(words.importButton) },
      ],
    },
  ];
  return { text: `Match preview: ${summary}`, blocks };
}

/** Why there is no preview, or what applying did. */
export function buildMatchAnswer(outcome: Exclude<ApplyOutcome, { status: 'not_allowed' }> | Exclude<ImportOutcome, { status: 'not_allowed' | 'preview' }>): SlackMessage {
  switch (outcome.status) {
    case 'no_round':
      return message(words.noRound);
    case 'round_applied':
      return message(words.roundApplied);
    case 'nothing_to_match':
      return message(words.nothingToMatch);
    case 'not_found':
      return message(words.proposalNotFound);
    case 'busy':
      return message(words.busy);
    case 'stale':
      return message(words.stale);
    case 'applied':
      return message(words.applied(outcome.memberships, outcome.groups, outcome.introductions['introductionsPosted'] ?? 0, outcome.introductions['newcomersWelcomed'] ?? 0));
    case 'unreadable':
      return message(words.unreadable[outcome.reason]);
    case 'invalid':
      return message(describeCsvErrors(outcome.errors));
  }
}

/** Every problem of an edited file, one a line (the first 30). */
export function describeCsvErrors(errors: readonly MatchCsvError[]): string {
  const lines = errors.slice(0, 30).map((e) => `• ${escapeMrkdwn(words.csvError(e))}`);
  return `${words.invalidTitle(errors.length)}\n${lines.join('\n')}`;
}

/** The import form: one file input. */
export function buildImportModal(): ModalView {
  return buildFormModal(ids.importView, { modalTitle: 'Import a match', modalSubmit: words.importSubmit, modalClose: words.close }, [
    section(words.importHint),
    { type: 'input', block_id: ids.importFileBlock, label: plain(words.importFileLabel), element: { type: 'file_input', action_id: ids.input, filetypes: ['csv', 'text'], max_files: 1 } },
  ]);
}

/** The import form after it was sent: working, done (the preview is in the DM) or what was wrong. */
export function buildImportNotice(text: string): ModalView {
  return buildNoticeModal(ids.noticeView, words.importTitle.slice(0, 24), text);
}
