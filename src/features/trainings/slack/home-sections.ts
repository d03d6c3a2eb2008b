import type { KnownBlock } from '../../../slack/blocks.js';
import type { DigestLines } from '../../../slack/digest-lines.js';
import { formatInZone } from '../../../slack/format-time.js';
import { cappedLines, type HomeSectionSource } from '../../../slack/home-section.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';
import { context, header, listSections, section } from '../../../program/slack/overview-view.js';
import type { MissedTrainings } from '../attendance.js';
import { trainingCopy as words } from './copy.js';

/** Trainings named on one person's line before "and N more". */
const TRAININGS_PER_LINE = 3;

function missingBlocks({ pastRequired, missing }: MissedTrainings, zone: string): KnownBlock[] {
  // A program that has held no required training yet has nothing to show here.
  if (pastRequired === 0) return [];
  if (missing.length === 0) return [header(words.homeTitle), section(words.homeNoneMissing)];
  const lines = missing.map((m) => {
    const named = m.trainings.slice(0, TRAININGS_PER_LINE).map((t) => `${escapeMrkdwn(t.title)} (${formatInZone(t.startsAt, zone)})`);
    const more = m.trainings.length - named.length;
    return words.homeLine(`<@${m.personId}>`, more > 0 ? `${named.join('; ')} and ${more} more` : named.join('; '));
  });
  return [header(words.homeTitle), section(words.homeMissing(missing.length)), ...listSections(cappedLines(lines)), context(words.homeRule)];
}

/** The admins' Home: who missed a required training (a count, then by name, capped). */
export function createTrainingHomeSections(reads: { readMissing(now: Date): Promise<MissedTrainings> }): HomeSectionSource[] {
  const missing: HomeSectionSource<MissedTrainings, MissedTrainings> = {
    role: 'admin',
    scope: (roles) => (roles.admin ? [] : undefined),
    load: (_roles, now) => reads.readMissing(now),
    build: (_state, _roles, _now, _settings, loaded) => loaded,
    draw: (content, reader) => missingBlocks(content, reader.zone),
  };
  return [missing];
}

/** The admins' weekly digest: how many people missed a required training (a count; Home names them). */
export function createTrainingDigestLines(reads: { readMissing(now: Date): Promise<MissedTrainings> }): DigestLines<number> {
  return {
    name: 'trainings',
    read: async (now) => (await reads.readMissing(now)).missing.length,
    lines: (count, scope) => (scope === 'all' && count > 0 ? [words.digestLine(count)] : []),
  };
}
