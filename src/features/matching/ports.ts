import type { PostedMessage } from '../../delivery/ports.js';
import type { QuestionnaireAnswers } from './domain/questionnaire.js';

/** A questionnaire round: opened by `/mentor-admin questionnaire`, closed when a match is applied. */
export interface MatchingRound {
  /** `round-<number>`. */
  readonly id: string;
  readonly number: number;
  readonly startedAt: Date;
  readonly startedBy: string;
  /** When its match was applied: answers are closed from then. */
  readonly appliedAt: Date | undefined;
}

/** One person's answers in a round (the last form they sent). `background` and `hobbiesText` are private. */
export interface StoredQuestionnaire {
  readonly roundId: string;
  readonly userId: string;
  readonly answers: QuestionnaireAnswers;
  readonly updatedAt: Date;
}

export interface MatchAssignment {
  readonly menteeId: string;
  readonly groupId: string;
}

/** A match as previewed (computed, or imported from an edited file): applied as it was previewed, or not at all. */
export interface MatchProposal {
  readonly id: string;
  readonly roundId: string;
  readonly createdAt: Date;
  readonly createdBy: string;
  readonly source: 'computed' | 'imported';
  readonly assignments: readonly MatchAssignment[];
  readonly appliedAt: Date | undefined;
}

/** Rounds (`matching_rounds`), answers (`matching_answers`, one per round and person) and proposals (`matching_proposals`). */
export interface MatchingStore {
  /** The round with the highest number. */
  findLatestRound(): Promise<MatchingRound | undefined>;
  findRound(id: string): Promise<MatchingRound | undefined>;
  /** Opens round `number` once: two admins at once open one round (`created` false for the second). */
  openRound(round: { readonly number: number; readonly startedAt: Date; readonly startedBy: string }): Promise<{ readonly round: MatchingRound; readonly created: boolean }>;
  markRoundApplied(id: string, at: Date): Promise<void>;
  /** Stores a person's answers, replacing their earlier ones in the round. */
  saveAnswers(entry: StoredQuestionnaire): Promise<void>;
  /** Answers in a round (of these people, or everyone's). */
  findAnswers(roundId: string, userIds?: readonly string[]): Promise<StoredQuestionnaire[]>;
  saveProposal(proposal: MatchProposal): Promise<void>;
  findProposal(id: string): Promise<MatchProposal | undefined>;
  markProposalApplied(id: string, at: Date): Promise<void>;
}

/** The questionnaire's DMs and the match file (slack/matching-sender.ts); DMs reject with a SendError when Slack refuses. */
export interface MatchingSender {
  sendInvitation(userId: string, round: MatchingRound): Promise<PostedMessage>;
  sendReminder(userId: string, round: MatchingRound): Promise<PostedMessage>;
  /** Uploads the match as a CSV file into the admin's DM with the app. */
  sendMatchFile(userId: string, file: { readonly filename: string; readonly csv: string; readonly rows: number }): Promise<void>;
}

/** Files people upload to the app (the edited match file): its text, or why it cannot be read. */
export interface MatchFiles {
  readText(fileId: string, maxBytes: number): Promise<{ readonly status: 'ok'; readonly text: string } | { readonly status: 'too_large' | 'not_text' | 'unavailable' }>;
}
