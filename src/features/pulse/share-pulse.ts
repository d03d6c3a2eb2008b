import type { PulseStore, RosterStore } from '../../program/ports.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { PulseNotifier } from './ports.js';
import { buildMentoringMap } from '../../program/roster.js';
import { isLowScore } from '../../program/records/pulse.js';
import { once } from '../../delivery/once.js';

export type SharePulseResult =
  | { readonly ok: true; readonly mentorIds: readonly string[] }
  | { readonly ok: false; readonly problem: 'no_answer' | 'not_low' | 'no_mentors' };

/**
 * "Let my mentors know", offered after a 1 or 2: records that the mentee chose to share, and tells each of their
 * current mentors, once, that the mentee would like to hear from them. The score itself is never passed on.
 */
export async function sharePulse(
  deps: { readonly pulses: PulseStore; readonly roster: RosterStore; readonly claims: ClaimStore; readonly pulseNotifier: PulseNotifier },
  menteeId: string,
  month: string,
  now: Date,
): Promise<SharePulseResult> {
  const answer = await deps.pulses.findAnswer(menteeId, month);
  if (answer === undefined) return { ok: false, problem: 'no_answer' };
  if (!isLowScore(answer.score)) return { ok: false, problem: 'not_low' };
  const own = await deps.roster.findMemberships({ current: true, personIds: [menteeId] });
  const groupIds = [...new Set(own.filter((m) => m.role === 'mentee').map((m) => m.groupId))];
  const [memberships, groups] = await Promise.all([
    groupIds.length === 0 ? Promise.resolve([]) : deps.roster.findMemberships({ current: true, groupIds }),
    deps.roster.findGroups(),
  ]);
  const active = new Set(groups.filter((g) => g.active).map((g) => g.id));
  const candidates = buildMentoringMap(memberships.filter((m) => active.has(m.groupId)), groups).mentorsOf(menteeId);
  const people = candidates.length === 0 ? [] : await deps.roster.findPeople(candidates);
  const mentorIds = candidates.filter((id) => people.some((p) => p.id === id && p.active));
  if (mentorIds.length === 0) return { ok: false, problem: 'no_mentors' };
  await deps.pulses.markShared(menteeId, month, now);
  for (const mentorId of mentorIds) {
    await once(deps.claims, `pulse-share:${menteeId}:${month}:${mentorId}`, async () => ({
      ...(await deps.pulseNotifier.tellMentorMenteeWantsContact(mentorId, menteeId)),
    }));
  }
  return { ok: true, mentorIds };
}
