import { createHash, randomBytes } from 'node:crypto';
import type { AuditStore, RosterStore } from '../../program/ports.js';
import { dashboardScopeOf, seesNothing, type DashboardScope } from './domain/scope.js';
import { isSessionLive, linkRefusalAt, sessionOpenedBy, type LinkRefusal } from './domain/sign-in.js';
import type { DashboardStore, LinkSender } from './ports.js';

export interface SignInDeps {
  readonly store: DashboardStore;
  readonly roster: Pick<RosterStore, 'findPeople' | 'findMemberships' | 'findGroups'>;
  readonly audit: AuditStore;
  readonly adminUserIds: readonly string[];
  /** Where the app is reached from a browser, without a trailing slash (PUBLIC_URL). */
  readonly publicUrl: string;
  readonly sendLink: LinkSender;
}

/** SHA-256 of a secret, hex: what is stored of a link's token and a session's id. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');
const newSecret = () => randomBytes(32).toString('base64url');
/** Links and sessions older than this are dropped when a link is asked for. */
const KEPT_MS = 86_400_000;

export type LinkOutcome = { readonly allowed: false } | { readonly allowed: true; readonly sent: boolean };
export type RedeemOutcome = { readonly ok: true; readonly sessionId: string; readonly userId: string } | { readonly ok: false; readonly refusal: LinkRefusal };

/** The dashboard's sign-in: a one-time link by DM, a session from it, and who a session's cookie is. */
export function createSignIn(deps: SignInDeps) {
  const scopeOf = async (userId: string): Promise<DashboardScope> => {
    const [[person], memberships, groups] = await Promise.all([deps.roster.findPeople([userId]), deps.roster.findMemberships({ current: true, personIds: [userId] }), deps.roster.findGroups()]);
    return dashboardScopeOf({ configuredAdmin: deps.adminUserIds.includes(userId), person, memberships, groups });
  };
  return {
    /** What this person may see on the dashboard now (nothing for most people). */
    dashboardScope: scopeOf,
    /** `/mentor-admin dashboard` and Home's button: a link by DM, for those who may see something. */
    async requestDashboardLink(userId: string, now: Date): Promise<LinkOutcome> {
      if (seesNothing(await scopeOf(userId))) return { allowed: false };
      await deps.store.sweep(new Date(now.getTime() - KEPT_MS));
      const token = newSecret();
      const tokenHash = hashSecret(token);
      await deps.store.saveLink({ tokenHash, userId, issuedAt: now });
      const url = `${deps.publicUrl}/dashboard/sign-in?token=${encodeURIComponent(token)}`;
      const sent = await deps.sendLink({ key: `dashboard-link:${userId}:${tokenHash.slice(0, 24)}`, userId, url }, now);
      return { allowed: true, sent };
    },
    /** Opens a session from a link's token, once, within ten minutes of its sending; the sign-in goes to the audit trail. */
    async redeemDashboardLink(token: string, now: Date): Promise<RedeemOutcome> {
      const link = await deps.store.findLink(hashSecret(token));
      const refusal = linkRefusalAt(link, now);
      if (refusal !== undefined || link === undefined) return { ok: false, refusal: refusal ?? 'unknown' };
      const sessionId = newSecret();
      if (!(await deps.store.openSession(sessionOpenedBy(link, hashSecret(sessionId), now)))) return { ok: false, refusal: 'used' };
      await deps.audit.record({ at: now, actor: link.userId, action: 'dashboard-sign-in' });
      return { ok: true, sessionId, userId: link.userId };
    },
    /** Whose session a cookie's id opens, if it is live (a forged or ended one opens none). */
    async dashboardReader(sessionId: string | undefined, now: Date): Promise<string | undefined> {
      if (sessionId === undefined || sessionId === '') return undefined;
      const session = await deps.store.findSession(hashSecret(sessionId));
      return isSessionLive(session, now) ? session.userId : undefined;
    },
    async endDashboardSession(sessionId: string): Promise<void> {
      await deps.store.endSession(hashSecret(sessionId));
    },
  };
}
