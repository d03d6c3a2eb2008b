import type { KnownBlock } from '../../../slack/blocks.js';
import type { DigestSource } from '../../../slack/digest-source.js';
import { formatDate, formatMonth } from '../../../slack/format-time.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { cappedLines } from '../../../slack/home-section.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';
import { context, header, listSections, section } from '../../../program/slack/overview-view.js';
import type { Person } from '../../../program/roster.js';
import { holdsRoleIn } from '../../../program/tracks.js';
import type { CoordinatorDigest } from '../domain/coordinator-digest.js';
import { PREMED } from '../domain/premed-track.js';
import { premedRulesCopy as words } from './rules-copy.js';

const name = (text: string) => escapeMrkdwn(text);

/** A titled list: the title, then its lines (the first 30, then "and N more"), in sections Slack accepts. */
const titled = (title: string, lines: readonly string[]): KnownBlock[] => [section(title), ...listSections(cappedLines(lines))];

/** The coordinators' figures: names, minutes and dates only. */
export function buildCoordinatorSummaryBlocks(d: CoordinatorDigest): KnownBlock[] {
  const month = formatMonth(d.month);
  const hours = !d.active
    ? [section(words.inactiveMonth(month))]
    : d.underMinimum.length === 0
      ? [section(words.underMinimumNone(month, d.required))]
      : titled(
          words.underMinimum(d.underMinimum.length, month, d.required, d.daysLeft),
          d.underMinimum.map((p) => words.underMinimumLine(name(p.menteeName), name(p.mentorName), p.minutes)),
        );
  const agreements =
    d.pendingAgreements.length === 0
      ? [section(words.agreementsNone)]
      : titled(
          words.agreementsPending(d.pendingAgreements.length),
          d.pendingAgreements.map((p) => words.agreementLine(name(p.menteeName), name(p.mentorName), words.whose(p.mentorPending, p.menteePending))),
        );
  const parents =
    d.withoutParent.length === 0
      ? [section(words.withoutParentNone)]
      : titled(words.withoutParent(d.withoutParent.length), d.withoutParent.map((p) => words.withoutParentLine(name(p.menteeName), name(p.mentorName), formatDate(p.date))));
  return [...hours, ...agreements, ...parents, context(words.pairsScope(d.pairs))];
}

/** The weekly digest's message. */
export function buildCoordinatorDigestMessage(d: CoordinatorDigest): SlackMessage {
  return { text: words.digestText(formatDate(d.today)), blocks: [header(words.digestTitle), ...buildCoordinatorSummaryBlocks(d)] };
}

/** The outreach coordinators: active people who hold the admin role in the pre-med track. */
export const isPremedCoordinator = (p: Person) => p.active && holdsRoleIn(p, 'admin', PREMED);

/** The pre-med track's weekly digest, to its coordinators, in the weeks the program runs (the digests job's schedule). */
export function createCoordinatorDigestSource(read: (now: Date) => Promise<CoordinatorDigest>): DigestSource<CoordinatorDigest> {
  return {
    name: PREMED,
    readers: (people) => people.filter(isPremedCoordinator).map((p) => p.id),
    read,
    message: (digest) => buildCoordinatorDigestMessage(digest),
  };
}
