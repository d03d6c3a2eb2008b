import type { KnownBlock } from '../../../slack/blocks.js';
import { cappedLines, type HomeRoles, type HomeSectionSource } from '../../../slack/home-section.js';
import { context, header, section } from '../../../program/slack/overview-view.js';
import type { PendingAgreement } from '../domain/premed-pairs.js';
import { PREMED } from '../domain/premed-track.js';
import { premedCopy as words } from './copy.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';

/** Held as a pre-med admin (an outreach coordinator), which is no group membership. */
const coordinator = (roles: HomeRoles) => (roles.tracks.some((t) => t.track === PREMED && t.role === 'admin') ? [] : undefined);

function pendingBlocks(pending: readonly PendingAgreement[]): KnownBlock[] {
  const mark = (agreed: boolean) => (agreed ? words.homeAgreed : words.homePending);
  const lines = pending.map((p) => words.homePendingLine(escapeMrkdwn(p.pairName), `<@${p.mentorId}>`, mark(p.mentorAgreed), `<@${p.menteeId}>`, mark(p.menteeAgreed)));
  return [header(words.homeTitle), ...(lines.length === 0 ? [section(words.homeNonePending)] : cappedLines(lines, 20).map(section)), context(words.homeRule)];
}

/** The outreach coordinators' Home: the pre-med pairs still waiting for an agreement, by name. */
export function createPremedHomeSections(reads: { readPendingAgreements(): Promise<PendingAgreement[]> }): HomeSectionSource[] {
  const pending: HomeSectionSource<PendingAgreement[], PendingAgreement[]> = {
    role: 'admin',
    scope: coordinator,
    load: () => reads.readPendingAgreements(),
    build: (_state, _roles, _now, _settings, loaded) => loaded,
    draw: pendingBlocks,
  };
  return [pending];
}
