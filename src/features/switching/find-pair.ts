import type { PairTrack, TrackPair } from '../../program/pairs.js';
import { holdsRoleIn } from '../../program/tracks.js';
import { authorizePairAsk, type AskRefusal } from './domain/switch.js';
import type { SwitchContext } from './switch-context.js';

export type PairToChange =
  | { readonly pair: TrackPair; readonly track: PairTrack }
  /** `waiting`: a pair track's words, for a mentee of it who has no mentor yet. */
  | { readonly refusal: AskRefusal; readonly waiting?: readonly string[] };

/**
 * The pair whose mentor `actorId` may ask to change for `menteeId` at `now` (see authorizePairAsk), or why not: not
 * their mentor; a pair track's mentee with no mentor yet; no one's mentee. `which`: the pair a form was opened for.
 */
export async function findPairToChange(
  ctx: SwitchContext,
  actorId: string,
  menteeId: string,
  now: Date,
  which?: { readonly track: string; readonly pairKey: string },
): Promise<PairToChange> {
  const [pairs, [person]] = await Promise.all([ctx.pairs.ofMentees([menteeId], now), ctx.roster.findPeople([menteeId])]);
  if (person === undefined || !person.active) return { refusal: actorId === menteeId ? 'not_a_mentee' : 'not_their_mentor' };
  const candidates = pairs.filter((p) => which === undefined || (p.track === which.track && p.pairKey === which.pairKey));
  const asked = authorizePairAsk(actorId, menteeId, candidates);
  const track = asked.ok ? ctx.pairs.track(asked.pair.track) : undefined;
  if (asked.ok && track !== undefined) return { pair: asked.pair, track };
  if (actorId !== menteeId) return { refusal: 'not_their_mentor' };
  const waiting = ctx.pairs
    .tracks()
    .filter((t) => holdsRoleIn(person, 'mentee', t.track))
    .map((t) => t.words.waiting);
  return waiting.length > 0 ? { refusal: 'waiting_for_pair', waiting } : { refusal: 'not_a_mentee' };
}
