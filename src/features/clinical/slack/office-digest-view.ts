import type { KnownBlock } from '../../../slack/blocks.js';
import type { DigestSource } from '../../../slack/digest-source.js';
import { formatDate } from '../../../slack/format-time.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { context, header, listSections, section } from '../../../program/slack/overview-view.js';
import type { Person } from '../../../program/roster.js';
import { holdsRoleIn } from '../../../program/tracks.js';
import { cappedLines } from '../../../slack/home-section.js';
import { CLINICAL } from '../domain/clinical-track.js';
import { MIN_MENTEES, UNASSIGNED_HORIZON_DAYS, type OfficeDigest } from '../domain/office-digest.js';
import { obligationCopy as words } from './obligation-copy.js';

/** The Clinical Office's figures: counts and dates only. */
export function buildOfficeSummaryBlocks(d: OfficeDigest): KnownBlock[] {
  const starts = d.unassignedSoon.byStart.map((s) => words.startsOn(formatDate(s.date), s.count)).join(', ');
  return [
    section(d.unassignedSoon.count === 0 ? words.unassignedNone(UNASSIGNED_HORIZON_DAYS) : words.unassigned(d.unassignedSoon.count, UNASSIGNED_HORIZON_DAYS, starts)),
    section(
      [
        words.meetings(words.preLabel, d.pre.done, d.pre.missing, d.pre.upcoming),
        words.meetings(words.midLabel, d.mid.done, d.mid.missing, d.mid.upcoming),
        words.underMinutes(d.menteesUnderMinutes, d.menteesUnderMinutesEnded),
        words.mentorsUnder(d.mentorsUnderMin, d.mentors, MIN_MENTEES),
        words.agreementsPending(d.pendingAgreementIds.length),
      ].join('\n'),
    ),
    context(words.recentScope(d.recent)),
  ];
}

/** The weekly digest's message. */
export function buildOfficeDigestMessage(d: OfficeDigest): SlackMessage {
  return { text: words.officeDigestText(formatDate(d.today)), blocks: [header(words.officeTitle), ...buildOfficeSummaryBlocks(d)] };
}

/** The Clinical Office's Home section: the figures, then the mentors whose agreement is pending, by name. */
export function buildOfficeHomeBlocks(d: OfficeDigest): KnownBlock[] {
  const pending = d.pendingAgreementIds.map((id) => `• <@${id}>`);
  return [
    header(words.officeTitle),
    ...buildOfficeSummaryBlocks(d),
    ...(pending.length === 0 ? [section(words.nonePending)] : [section(words.pendingTitle), ...listSections(cappedLines(pending))]),
  ];
}

/** The Clinical Office: active people who hold the admin role in the clinical track. */
export const isClinicalOffice = (p: Person) => p.active && holdsRoleIn(p, 'admin', CLINICAL);

/** The clinical track's weekly digest, to the Clinical Office, every week of the year (rotations run all year). */
export function createOfficeDigestSource(read: (now: Date) => Promise<OfficeDigest>): DigestSource<OfficeDigest> {
  return {
    name: 'clinical',
    everyWeek: true,
    readers: (people) => people.filter(isClinicalOffice).map((p) => p.id),
    read,
    message: (digest) => buildOfficeDigestMessage(digest),
  };
}
