import type { GroupRole } from '../../program/roster.js';
import type { IntroducedGroup } from './domain/introductions.js';
import type { SlackAccount } from '../../program/ports.js';


/** A person newly in a group, as the group's welcome names them. */
export interface Newcomer {
  readonly id: string;
  readonly role: GroupRole;
}

/** The Slack side of introductions: a private channel per group, its introduction, and personal welcomes. */
export interface IntroductionSender {
  /** Creates a private channel (the app is its first member); `name_taken` when the name is in use. */
  createPrivateChannel(name: string): Promise<{ readonly status: 'created'; readonly channelId: string } | { readonly status: 'name_taken' }>;
  /**
   * The private channel of this name that the app is in and that carries no purpose yet or this group's purpose:
   * one an earlier attempt created without being able to record it.
   */
  findChannelMadeFor(name: string, group: IntroducedGroup): Promise<string | undefined>;
  setPurpose(channelId: string, group: IntroducedGroup): Promise<void>;
  /**
   * Invites people; those already in the channel count as invited. People Slack will not add (a deactivated account,
   * a guest's limits) do not stop the others: they come back in `refused`.
   */
  invite(channelId: string, userIds: readonly string[]): Promise<{ readonly refused: readonly string[] }>;
  /** Posts the group's full introduction; resolves to the message's ts. */
  postIntroduction(channelId: string, group: IntroducedGroup): Promise<string>;
  /** Re-introduces the group's peer mentors (its new Pair) after a new one joined, in the channel; resolves to the message's ts. */
  postNewPair(channelId: string, group: IntroducedGroup): Promise<string>;
  /** Welcomes people who joined after the introduction, in the channel. */
  postNewcomers(channelId: string, group: IntroducedGroup, newcomers: readonly Newcomer[]): Promise<string>;
  /** A personal DM: the person's group, their mentors (or mentees), and the commands for their role. */
  sendWelcome(personId: string, role: GroupRole, group: IntroducedGroup, channelId: string): Promise<string>;
}

/** Why an uploaded file could not be read as a roster. */
export type UnreadableFile = 'too_large' | 'not_text' | 'unavailable';

/** Files people upload to the app (the roster, in the import form's file input). */
export interface UploadedFiles {
  /** The text of an uploaded file of at most `maxBytes`. */
  readText(fileId: string, maxBytes: number): Promise<{ readonly status: 'ok'; readonly text: string } | { readonly status: UnreadableFile }>;
}

/** The Slack side of an ended membership. */
export interface EndingSender {
  /**
   * Removes the person from the group's channel: `removed`, or `gone` when there was nothing to do (they had left it
   * already, the channel or the account no longer exists).
   */
  removeFromChannel(channelId: string, userId: string): Promise<'removed' | 'gone'>;
  /** The neutral DM: their time in the group has ended, with thanks. Failures are SendErrors. */
  tellEnded(personId: string, groupName: string): Promise<Readonly<Record<string, string>>>;
}

/** A stored preview of an import, kept until the admin applies it or goes back (the form's pasted text or file, read once). */
export interface StoredPreview {
  readonly id: string;
  /** The admin who asked for it: only they may apply it. */
  readonly by: string;
  readonly csv: string;
  /** Whether the roster was pasted (Back shows it in the form again). */
  readonly pasted: boolean;
  readonly prune: boolean;
  /** The plan's fingerprint (hashed): the import applies only this plan. */
  readonly fingerprint: string;
  /** What Slack answered about the file's people, so that *Apply* does not ask again. */
  readonly accounts?: LookedUp;
  readonly createdAt: Date;
}

/** Previews waiting for *Apply* or *Back*. */
export interface PreviewStore {
  save(preview: Omit<StoredPreview, 'id'>): Promise<string>;
  /** Takes a preview away (one Apply or Back wins it); undefined when it is gone or is another admin's. */
  take(id: string, by: string): Promise<StoredPreview | undefined>;
  /** Deletes previews made before `before` (never applied nor abandoned with Back). */
  dropMadeBefore(before: Date): Promise<void>;
}

/** Slack's answers about a roster's e-mail addresses and ids (`undefined`: no such account). */
export interface LookedUp {
  readonly byEmail: ReadonlyMap<string, SlackAccount | undefined>;
  readonly byId: ReadonlyMap<string, SlackAccount | undefined>;
}
