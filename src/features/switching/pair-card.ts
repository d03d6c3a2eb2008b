import { officeOf, type PairTrack, type TrackPair } from '../../program/pairs.js';
import type { SwitchPair, SwitchRequest } from '../../program/records/switch-request.js';
import type { PairStep } from './domain/switch.js';
import type { SwitchCard } from './outcomes.js';
import type { AdminAudience } from './ports.js';
import type { SwitchContext } from './switch-context.js';

/** The pair a request is about, as a track pair (at the version it had when asked). */
export function pairOfRequest(request: SwitchRequest & { readonly pair: SwitchPair }): TrackPair {
  const { pair } = request;
  return { track: pair.track, pairKey: pair.pairKey, version: pair.version, mentorId: pair.fromMentorId, menteeId: request.menteeId, label: pair.label };
}

/** The track a pair request belongs to; a request whose track is no longer contributed cannot be carried out. */
export function trackOf(ctx: SwitchContext, request: SwitchRequest & { readonly pair: SwitchPair }): PairTrack {
  const track = ctx.pairs.track(request.pair.track);
  if (track === undefined) throw new Error(`switch ${request.id}: no feature contributes the ${request.pair.track} track's pairs`);
  return track;
}

/** Whom a track's changes of mentor go to: its office's private channel when set, else its admins by DM, else the program's admins. */
export async function officeAudiences(ctx: SwitchContext, track: PairTrack): Promise<AdminAudience[]> {
  if (track.officeChannelId !== undefined) return [{ channelId: track.officeChannelId }];
  const office = officeOf(await ctx.roster.findPeopleWithRole('admin'), track.track);
  return (office.length > 0 ? office : await ctx.admins.adminIds()).map((adminId) => ({ adminId }));
}

/**
 * The Office's card for a change of a pair's mentor: the pair, the current mentor, the reason and private details,
 * and, while open and given `now`, the other eligible mentors ranked by the track.
 */
export async function pairCardFor(
  ctx: SwitchContext,
  request: SwitchRequest & { readonly pair: SwitchPair },
  unfinished: readonly PairStep[],
  now: Date | undefined,
): Promise<SwitchCard> {
  const track = trackOf(ctx, request);
  const alternatives = request.status === 'open' && now !== undefined ? await track.rankAlternatives(pairOfRequest(request), now) : [];
  const people = await ctx.roster.findPeople([request.menteeId, ...alternatives.map((a) => a.mentorId)]);
  const mentee = people.find((p) => p.id === request.menteeId);
  return {
    request,
    menteeName: mentee?.name ?? request.menteeId,
    fromGroup: undefined,
    fromMentorIds: [request.pair.fromMentorId],
    preferredGroup: undefined,
    targetGroup: undefined,
    targets: [],
    suggestedGroupId: undefined,
    unfinished: [],
    zone: ctx.config.programTimezone,
    pair: {
      office: track.words.office,
      mentorWord: track.words.mentor,
      noAlternatives: track.words.noAlternatives,
      alternatives,
      names: new Map(people.map((p) => [p.id, p.name])),
      suggestedMentorId: alternatives[0]?.mentorId,
      unfinished,
    },
  };
}
