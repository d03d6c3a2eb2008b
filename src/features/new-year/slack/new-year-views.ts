import type { KnownBlock } from '../../../slack/blocks.js';
import { formatInZone } from '../../../slack/format-time.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';
import type { PlannedPerson, YearMove } from '../domain/new-year-plan.js';
import type { NewYearSummary } from '../domain/new-year-summary.js';
import type { Graduate, Rollover } from '../ports.js';
import { newYearCopy as words } from './copy.js';
import { newYearIds as ids } from './ids.js';

/** How many people of each list the preview names (the rest are counted). */
export const NAMED_AT_MOST = 20;

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** Names, the first 20, escaped; the rest counted. */
function names(people: readonly PlannedPerson[]): string {
  if (people.length === 0) return words.none;
  const shown = people.slice(0, NAMED_AT_MOST).map((p) => escapeMrkdwn(p.name));
  return people.length > NAMED_AT_MOST ? `${shown.join(', ')} ${words.more(people.length - NAMED_AT_MOST)}` : shown.join(', ');
}

/** The moves by kind, MS3 → MS4 first. */
function moveKinds(moves: readonly YearMove[]): { from: number; to: number; people: YearMove[] }[] {
  const kinds = new Map<string, { from: number; to: number; people: YearMove[] }>();
  for (const m of moves) {
    const kind = kinds.get(`${m.from}>${m.to}`) ?? { from: m.from, to: m.to, people: [] };
    kind.people.push(m);
    kinds.set(`${m.from}>${m.to}`, kind);
  }
  return [...kinds.values()].sort((a, b) => b.from - a.from);
}

/**
 * The turn's preview (and result) as paragraphs of mrkdwn: the Slack message's sections, and the command line's lines
 * (`toPlainText`). Names escaped; at most 20 named per list.
 */
export function previewParagraphs(summary: NewYearSummary): string[] {
  const moves = moveKinds(summary.moves);
  const incomplete = summary.incomplete.slice(0, NAMED_AT_MOST).map((g) => `• ${escapeMrkdwn(g.groupName)}: ${words.missing(g.missingYears)}`);
  if (summary.incomplete.length > NAMED_AT_MOST) incomplete.push(words.more(summary.incomplete.length - NAMED_AT_MOST));
  return [
    `${words.graduates(summary.graduates.length)}\n${names(summary.graduates)}`,
    `${words.leavers(summary.leavers.length)}\n${names(summary.leavers)}`,
    words.ended(summary.membershipsEnded, summary.deactivated),
    ...(moves.length === 0 ? [`${words.moves(3, 4, 0)}, ${words.moves(1, 2, 0)}`] : moves.map((k) => `${words.moves(k.from, k.to, k.people.length)}\n${names(k.people)}`)),
    [words.incomplete(summary.incomplete.length), ...incomplete].join('\n'),
  ];
}

/** The preview, with *Apply* and *Back*. */
export function buildPreviewMessage(summary: NewYearSummary, resuming: boolean): SlackMessage {
  const title = words.title(summary.opens, summary.closes);
  return {
    text: title,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: title } },
      ...(resuming ? [section(words.resuming)] : []),
      ...previewParagraphs(summary).map(section),
      {
        type: 'actions',
        block_id: ids.actionsBlock,
        elements: [
          {
            type: 'button',
            action_id: ids.apply,
            style: 'primary',
            value: summary.opens,
            text: { type: 'plain_text', text: words.apply },
            confirm: {
              title: { type: 'plain_text', text: words.confirmTitle },
              text: { type: 'plain_text', text: words.confirmText },
              confirm: { type: 'plain_text', text: words.confirmYes },
              deny: { type: 'plain_text', text: words.confirmNo },
            },
          },
          { type: 'button', action_id: ids.back, value: summary.opens, text: { type: 'plain_text', text: words.back } },
        ],
      },
    ],
  };
}

/** What was done, with the thank-you DMs' count. */
export function buildAppliedMessage(summary: NewYearSummary, resumed: boolean, thanks: { sent: number; alreadySent: number; waitingForMorning: number; inProgress: number; failed: number }): SlackMessage {
  const headline = words.applied(summary.opens, resumed);
  const waiting = thanks.waitingForMorning + thanks.inProgress + thanks.failed;
  return { text: headline, blocks: [section(`*${headline}*`), ...previewParagraphs(summary).map(section), section(words.thanksSummary(thanks.sent, thanks.alreadySent, waiting))] };
}

/** A second turn in the same year: when and by whom the first was done. */
export function describeAlreadyApplied(rollover: Rollover, byName: string | undefined, zone: string): string {
  const by = byName === undefined ? (rollover.appliedBy?.startsWith('cli:') === true ? 'the command line' : undefined) : escapeMrkdwn(byName);
  return words.alreadyApplied(rollover.year, formatInZone(rollover.appliedAt ?? rollover.startedAt, zone), by);
}

export function buildPlainText(text: string): SlackMessage {
  return { text, blocks: [section(text)] };
}

/** The graduating mentor's thank-you DM: counts only. */
export function buildThanksMessage(graduate: Graduate, closes: string): SlackMessage {
  return {
    text: words.thanksText(closes),
    blocks: [section(words.thanksBody(escapeMrkdwn(graduate.name), closes)), section(words.record(graduate).join('\n')), section(words.thanksClosing)],
  };
}

/** Slack's mrkdwn as a terminal shows it: bold marks and escapes dropped. */
export function toPlainText(mrkdwn: string): string {
  return mrkdwn.replace(/\*/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
