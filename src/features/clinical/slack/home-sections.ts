import type { KnownBlock } from '../../../slack/blocks.js';
import { formatDate, formatDateRange } from '../../../slack/format-time.js';
import type { HomeRoles, HomeSectionSource } from '../../../slack/home-section.js';
import { cappedLines } from '../../../slack/home-section.js';
import { context, header, section } from '../../../program/slack/overview-view.js';
import type { Role } from '../../../program/roster.js';
import { CLINICAL } from '../domain/clinical-track.js';
import type { RotationObligations } from '../domain/obligations.js';
import type { OfficeDigest } from '../domain/office-digest.js';
import type { RotationState, RotationView } from '../read-rotation-state.js';
import { buildOfficeHomeBlocks } from './office-digest-view.js';
import { obligationCopy as words } from './obligation-copy.js';

/** What the clinical track's Home sections read: a mentee's or a mentor's rotations, the Clinical Office's figures. */
export interface ClinicalHomeReads {
  menteeRotations(menteeId: string, now: Date): Promise<RotationState>;
  mentorRotations(mentorId: string, now: Date): Promise<RotationState>;
  officeDigest(now: Date): Promise<OfficeDigest>;
}

const holds = (roles: HomeRoles, role: Role) => roles.tracks.some((t) => t.track === CLINICAL && t.role === role);
/** Held with no group to read (the clinical track's people are paired, not grouped). */
const heldAlone = (roles: HomeRoles, role: Role) => (holds(roles, role) ? [] : undefined);

function obligationLines(o: RotationObligations): string[] {
  const status = (s: keyof typeof words.status) => [words.status[s], words.statusIcon[s]] as const;
  const day = (d: string | undefined) => (d === undefined ? undefined : formatDate(d));
  return [
    words.preLine(...status(o.pre.status), day(o.pre.date)),
    words.midLine(...status(o.mid.status), day(o.mid.date), formatDateRange(o.mid.from, o.mid.to)),
    words.minutesLine(...status(o.minutes.status), o.minutes.minutes, o.minutes.required),
  ];
}

const where = (v: RotationView) => [v.rotation.site, v.rotation.preceptor].filter((x) => x !== undefined).join(', ') || undefined;

function menteeBlocks(state: RotationState): KnownBlock[] {
  const blocks: KnownBlock[] = [header(words.menteeTitle)];
  if (state.entries.length === 0) return [...blocks, section(words.noRotations)];
  for (const v of state.entries.slice(0, 10)) {
    const lines = [words.rotationLine(words.subject(v.rotation.subject), formatDateRange(v.rotation.start, v.rotation.end), where(v))];
    lines.push(v.current === undefined ? words.noMentorYet : words.mentorOf(`<@${v.current.mentorId}>`));
    if (v.obligations !== undefined) lines.push(...obligationLines(v.obligations));
    blocks.push(section(lines.join('\n')));
  }
  return [...blocks, context(words.rules)];
}

function mentorBlocks(state: RotationState): KnownBlock[] {
  const lines = state.entries.flatMap((v) =>
    v.obligations === undefined
      ? []
      : [[words.menteeRotation(`<@${v.rotation.personId}>`, v.rotation.subject, formatDateRange(v.rotation.start, v.rotation.end)), ...obligationLines(v.obligations)].join('\n')],
  );
  return [header(words.mentorTitle), ...(lines.length === 0 ? [section(words.noMentees)] : cappedLines(lines, 12).map(section)), context(words.rules)];
}

/** The clinical track's Home sections: a mentee's rotations and mentors, a mentor's mentee rotations, the Clinical Office's figures. */
export function createClinicalHomeSections(reads: ClinicalHomeReads): HomeSectionSource[] {
  const mentee: HomeSectionSource<RotationState, RotationState> = {
    role: 'mentee',
    scope: (roles) => heldAlone(roles, 'mentee'),
    load: (roles, now) => reads.menteeRotations(roles.userId, now),
    build: (_state, _roles, _now, _settings, loaded) => loaded,
    draw: menteeBlocks,
  };
  const mentor: HomeSectionSource<RotationState, RotationState> = {
    role: 'mentor',
    scope: (roles) => heldAlone(roles, 'peer_mentor'),
    load: (roles, now) => reads.mentorRotations(roles.userId, now),
    build: (_state, _roles, _now, _settings, loaded) => loaded,
    draw: mentorBlocks,
  };
  const office: HomeSectionSource<OfficeDigest, OfficeDigest> = {
    role: 'admin',
    scope: (roles) => heldAlone(roles, 'admin'),
    load: (_roles, now) => reads.officeDigest(now),
    build: (_state, _roles, _now, _settings, loaded) => loaded,
    draw: buildOfficeHomeBlocks,
  };
  return [mentee, mentor, office];
}
