import { describe, expect, it } from 'vitest';
import { dashboardScopeOf, NOTHING, peopleInScope, seesNothing } from '../../src/features/dashboard/domain/scope.js';
import { isHttpsRequest, isSessionLive, LINK_VALID_MS, linkRefusalAt, parseCookies, SESSION_MS, sessionCookie, sessionOpenedBy, type SignInLink } from '../../src/features/dashboard/domain/sign-in.js';
import type { Group, Membership } from '../../src/program/roster.js';
import { aPerson } from '../support/program-fixture.js';

const SENT = new Date('2026-10-05T13:00:00Z');
const at = (ms: number) => new Date(SENT.getTime() + ms);
const LINK: SignInLink = { tokenHash: 'h1', userId: 'U1', issuedAt: SENT };

describe('a sign-in link: valid for ten minutes from its sending', () => {
  it.each([
    ['at once', 0, undefined],
    ['nine minutes on', 9 * 60_000, undefined],
    ['at ten minutes exactly', LINK_VALID_MS, undefined],
    ['a second past ten minutes', LINK_VALID_MS + 1_000, 'expired'],
    ['a day on', 86_400_000, 'expired'],
    ['before it was sent (a clock behind)', -1_000, 'expired'],
  ] as const)('%s: %s', (_what, offset, refusal) => {
    expect(linkRefusalAt(LINK, at(offset))).toBe(refusal);
  });

  it('refuses a token never sent (or forged): nothing is stored under its hash', () => {
    expect(linkRefusalAt(undefined, SENT)).toBe('unknown');
  });
});

describe('a session: opened by one link, for twelve hours', () => {
  const session = sessionOpenedBy(LINK, 'sessionhash', at(60_000));

  it('is for the link’s person, remembers its link (one session per link), and ends twelve hours after it opened', () => {
    expect(session).toEqual({ idHash: 'sessionhash', linkHash: 'h1', userId: 'U1', createdAt: at(60_000), expiresAt: at(60_000 + SESSION_MS) });
  });

  it.each([
    ['as it opens', 60_000, true],
    ['eleven hours on', 60_000 + 11 * 3_600_000, true],
    ['at twelve hours', 60_000 + SESSION_MS, false],
    ['a day on', 60_000 + 86_400_000, false],
  ] as const)('%s: live %s', (_what, offset, live) => {
    expect(isSessionLive(session, at(offset))).toBe(live);
  });

  it('lets no one in without a stored session (a forged cookie finds none)', () => {
    expect(isSessionLive(undefined, SENT)).toBe(false);
  });
});

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, for the dashboard only, twelve hours long; Secure over HTTPS', () => {
    expect(sessionCookie('abc', { secure: false, maxAgeSeconds: SESSION_MS / 1000 })).toBe('pm_dashboard=abc; Path=/dashboard; Max-Age=43200; HttpOnly; SameSite=Lax');
    expect(sessionCookie('abc', { secure: true, maxAgeSeconds: 0 })).toBe('pm_dashboard=abc; Path=/dashboard; Max-Age=0; HttpOnly; SameSite=Lax; Secure');
  });

  it('is Secure when the request came over HTTPS, directly or through a proxy saying so', () => {
    expect(isHttpsRequest({ encrypted: true, forwardedProto: undefined })).toBe(true);
    expect(isHttpsRequest({ encrypted: false, forwardedProto: 'https' })).toBe(true);
    expect(isHttpsRequest({ encrypted: false, forwardedProto: 'HTTPS, http' })).toBe(true);
    expect(isHttpsRequest({ encrypted: false, forwardedProto: 'http' })).toBe(false);
    expect(isHttpsRequest({ encrypted: false, forwardedProto: undefined })).toBe(false);
  });

  it('is read from the Cookie header among others; a malformed one names nothing', () => {
    expect(parseCookies('a=1; pm_dashboard=s%2Fid; b=2').get('pm_dashboard')).toBe('s/id');
    expect(parseCookies('pm_dashboard=%E0%A4%A').get('pm_dashboard')).toBeUndefined();
    expect(parseCookies(undefined).size).toBe(0);
  });
});

describe('who sees what on the dashboard', () => {
  const groups: Group[] = [
    { id: 'g1', name: 'Blue-Okafor', kind: 'cohort', channelId: undefined, introducedAt: undefined, active: true },
    { id: 'g2', name: 'Green-Adeyemi', kind: 'cohort', channelId: undefined, introducedAt: undefined, active: true },
    { id: 'g3', name: 'Old-Group', kind: 'cohort', channelId: undefined, introducedAt: undefined, active: false },
  ];
  const member = (personId: string, groupId: string, role: Membership['role']): Membership => ({ personId, groupId, role, from: SENT, to: undefined });
  const memberships = [member('F1', 'g1', 'faculty'), member('F1', 'g3', 'faculty'), member('M1', 'g1', 'mentee'), member('P1', 'g1', 'peer_mentor'), member('M2', 'g2', 'mentee')];
  const scopeOf = (person: ReturnType<typeof aPerson> | undefined, configuredAdmin = false) => dashboardScopeOf({ configuredAdmin, person, memberships: memberships.filter((m) => m.personId === person?.id), groups });

  it('shows an admin (configured, or the roster’s cohort admin) the whole program', () => {
    expect(scopeOf(undefined, true)).toEqual({ all: true });
    expect(scopeOf(aPerson({ id: 'A1', roles: ['admin'] }))).toEqual({ all: true });
  });

  it('shows a Faculty Mentor their own active cohort groups only', () => {
    expect(scopeOf(aPerson({ id: 'F1', roles: ['faculty'] }))).toEqual({ all: false, groupIds: ['g1'], tracks: [] });
  });

  it('shows a track’s coordinator (its admin role) that track only', () => {
    const office = aPerson({ id: 'C1', roles: ['admin'], tracks: [{ track: 'clinical', role: 'admin' }] });
    expect(scopeOf(office)).toEqual({ all: false, groupIds: [], tracks: ['clinical'] });
  });

  it('shows nothing to mentees, peer mentors, people who left, and people not on the roster', () => {
    for (const person of [aPerson({ id: 'M1', roles: ['mentee'] }), aPerson({ id: 'P1', roles: ['peer_mentor'] }), aPerson({ id: 'F1', roles: ['faculty'], active: false }), aPerson({ id: 'A1', roles: ['admin'], active: false }), undefined]) {
      expect(seesNothing(scopeOf(person))).toBe(true);
    }
    expect(seesNothing(NOTHING)).toBe(true);
  });

  it('counts the members of a Faculty Mentor’s groups, and everyone in a coordinator’s track', () => {
    const people = [aPerson({ id: 'M1' }), aPerson({ id: 'M2' }), aPerson({ id: 'T1', roles: ['mentee'], tracks: [{ track: 'clinical', role: 'mentee' }] })];
    expect([...peopleInScope({ all: false, groupIds: ['g1'], tracks: [] }, people, memberships)!].sort()).toEqual(['F1', 'M1', 'P1']);
    expect([...peopleInScope({ all: false, groupIds: [], tracks: ['clinical'] }, people, memberships)!]).toEqual(['T1']);
    expect(peopleInScope({ all: true }, people, memberships)).toBeUndefined();
  });
});
