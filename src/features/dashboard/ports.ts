import type { DashboardSession, SignInLink } from './domain/sign-in.js';

/** The dashboard's sign-ins: links sent and sessions opened, each by the hash of its secret. */
export interface DashboardStore {
  saveLink(link: SignInLink): Promise<void>;
  findLink(tokenHash: string): Promise<SignInLink | undefined>;
  /** Stores a session; false when its link has opened one already (a unique index: one session per link, across instances). */
  openSession(session: DashboardSession): Promise<boolean>;
  findSession(idHash: string): Promise<DashboardSession | undefined>;
  endSession(idHash: string): Promise<void>;
  /** Drops links sent and sessions ended before `before` (no TTL index: FerretDB has none). */
  sweep(before: Date): Promise<void>;
}

/** Sends a person their sign-in link by DM, through the shared send path; false when it could not be sent. */
export type LinkSender = (delivery: { readonly key: string; readonly userId: string; readonly url: string }, now: Date) => Promise<boolean>;
