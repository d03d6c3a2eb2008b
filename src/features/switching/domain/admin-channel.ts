/**
 * SWITCH_ADMIN_CHANNEL may receive switch requests (their reasons and private details) only while it is private and
 * holds only admins and the app. Otherwise requests go to the admins by DM, and the admins are told why once per
 * change. Pure: what Slack said about the channel, the admins and the app's own user in; a verdict out.
 */

/** What Slack said about the channel: what it is and who is in it, or the error it answered. */
export type AdminChannelFacts =
  | { readonly kind: 'seen'; readonly isPrivate: boolean; readonly isArchived: boolean; readonly memberIds: readonly string[] }
  | { readonly kind: 'unreachable'; readonly error: string };

/** Why the channel is not used: public, people in it who are not admins, no admin in it, archived, or the app cannot see it. */
export type AdminChannelProblem = 'public' | 'outsiders' | 'no_admin' | 'archived' | 'no_access';

export type AdminChannelVerdict =
  | { readonly usable: true }
  | { readonly usable: false; readonly problem: AdminChannelProblem; readonly outsiderIds: readonly string[]; readonly error?: string };

/** The channel as the rule sees it; the first problem found wins, in the order people would fix them. */
export function judgeAdminChannel(facts: AdminChannelFacts, adminIds: readonly string[], botUserId: string): AdminChannelVerdict {
  const refused = (problem: AdminChannelProblem, outsiderIds: readonly string[] = []): AdminChannelVerdict => ({ usable: false, problem, outsiderIds });
  if (facts.kind === 'unreachable') return { usable: false, problem: 'no_access', outsiderIds: [], error: facts.error };
  if (facts.isArchived) return refused('archived');
  if (!facts.isPrivate) return refused('public');
  if (!facts.memberIds.includes(botUserId)) return refused('no_access');
  const admins = new Set(adminIds);
  const outsiders = [...new Set(facts.memberIds)].filter((id) => id !== botUserId && !admins.has(id)).sort();
  if (outsiders.length > 0) return refused('outsiders', outsiders);
  if (!facts.memberIds.some((id) => admins.has(id))) return refused('no_admin');
  return { usable: true };
}

/** A verdict as compared from one check to the next: usable, or the problem (with who is in the channel who should not be). */
export function verdictKey(verdict: AdminChannelVerdict): string {
  return verdict.usable ? 'usable' : verdict.problem === 'outsiders' ? `outsiders:${verdict.outsiderIds.join(',')}` : verdict.problem;
}

/** Whether a check's verdict is a change from the one recorded before (none: never checked): only changes are recorded. */
export function isVerdictChange(previous: AdminChannelVerdict | undefined, current: AdminChannelVerdict): boolean {
  return previous === undefined || verdictKey(previous) !== verdictKey(current);
}

/** How long after a change its notice may still go out (it waits for the end of an admin's quiet hours, or a retry). */
export const NOTICE_WINDOW_MS = 7 * 24 * 3_600_000;

/**
 * What the admins are told of the channel's latest recorded change (`seq` counts the changes, from 1): why it is
 * refused; that it is used again (a usable verdict after the first always follows a refusal); nothing for a channel
 * found usable on its first check (it is simply used), nor once the change is NOTICE_WINDOW_MS old.
 */
export function noticeOf(change: { readonly seq: number; readonly at: Date; readonly verdict: AdminChannelVerdict }, now: Date): 'refused' | 'restored' | 'none' {
  if (now.getTime() - change.at.getTime() >= NOTICE_WINDOW_MS) return 'none';
  if (!change.verdict.usable) return 'refused';
  return change.seq > 1 ? 'restored' : 'none';
}
