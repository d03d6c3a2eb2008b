/**
 * The dashboard's sign-in rules: a one-time link, valid for ten minutes and used once, opens a session that lasts twelve
 * hours. Only hashes of the link's token and of the session's id are stored, so a copy of the database signs no one in.
 */

export const LINK_VALID_MS = 10 * 60_000;
export const SESSION_MS = 12 * 3_600_000;
/** The session cookie's name. */
export const SESSION_COOKIE = 'pm_dashboard';

/** A sign-in link as stored: the hash of its token, whom it signs in, and when it was sent. */
export interface SignInLink {
  readonly tokenHash: string;
  readonly userId: string;
  readonly issuedAt: Date;
}

/** A session as stored: the hash of its cookie's id, whom it is for, and when it ends. */
export interface DashboardSession {
  readonly idHash: string;
  /** The link that opened it: a link opens one session only (a unique index). */
  readonly linkHash: string;
  readonly userId: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** Why a link opens nothing: never sent (or forged), too old, or used already. */
export type LinkRefusal = 'unknown' | 'expired' | 'used';

/** Whether a link may still open a session at `now`: undefined when it may, else why not ('used' is known only when its session is stored). */
export function linkRefusalAt(link: SignInLink | undefined, now: Date): Exclude<LinkRefusal, 'used'> | undefined {
  if (link === undefined) return 'unknown';
  const age = now.getTime() - link.issuedAt.getTime();
  return age < 0 || age > LINK_VALID_MS ? 'expired' : undefined;
}

/** The session a link opens at `now`. */
export function sessionOpenedBy(link: SignInLink, idHash: string, now: Date): DashboardSession {
  return { idHash, linkHash: link.tokenHash, userId: link.userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MS) };
}

/** Whether a session lets its person in at `now`. */
export function isSessionLive(session: DashboardSession | undefined, now: Date): session is DashboardSession {
  return session !== undefined && session.createdAt.getTime() <= now.getTime() && now.getTime() < session.expiresAt.getTime();
}

/** The request's cookies by name (a malformed pair is skipped). */
export function parseCookies(header: string | undefined): ReadonlyMap<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    try {
      if (!cookies.has(name)) cookies.set(name, decodeURIComponent(part.slice(at + 1).trim()));
    } catch {
      // A value that is not percent-encoded properly names no session.
    }
  }
  return cookies;
}

/** Whether the request came over HTTPS: directly, or through a proxy that says so (`x-forwarded-proto`, first hop). */
export function isHttpsRequest(request: { readonly encrypted: boolean; readonly forwardedProto: string | undefined }): boolean {
  return request.encrypted || request.forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** The Set-Cookie value of a session: HttpOnly, SameSite=Lax, for the dashboard's paths, Secure over HTTPS; `maxAgeSeconds` 0 clears it. */
export function sessionCookie(id: string, options: { readonly secure: boolean; readonly maxAgeSeconds: number }): string {
  const parts = [`${SESSION_COOKIE}=${encodeURIComponent(id)}`, 'Path=/dashboard', `Max-Age=${options.maxAgeSeconds}`, 'HttpOnly', 'SameSite=Lax'];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
