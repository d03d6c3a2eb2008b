import type { PostedMessage } from '../../delivery/ports.js';
import type { Goal, GoalStatus, MenteeGoals } from './domain/goal.js';
import type { RevisitPoint } from './domain/revisit-points.js';

/** A mentee's answer about one goal at one revisit point (the latest answer stands). */
export interface GoalAnswer {
  readonly menteeId: string;
  /** The revisit point's key (`2026-Fall:mid`). */
  readonly point: string;
  readonly goalId: string;
  readonly status: GoalStatus;
  readonly answeredAt: Date;
}

/** The mentees' goals and their answers (`goals`, `goal_answers`). Every method is one bulk operation. */
export interface GoalStore {
  /** These mentees' goals (everyone's when undefined); mentees with none are left out. */
  findGoals(menteeIds?: readonly string[]): Promise<MenteeGoals[]>;
  /** Replaces the mentee's goals with these (one document per mentee). */
  saveGoals(menteeId: string, goals: readonly Goal[], now: Date): Promise<void>;
  /** Records (or replaces) the answer about a goal at a point: one per mentee, point and goal. */
  saveAnswer(answer: GoalAnswer): Promise<void>;
  /** Answers of these mentees (everyone's when undefined) at these revisit points (all when undefined). */
  findAnswers(filter: { readonly menteeIds?: readonly string[]; readonly points?: readonly string[] }): Promise<GoalAnswer[]>;
  /** Records the wish once per mentee and point: the first one stands (`created` false for a later one). */
  saveTell(tell: GoalTell): Promise<{ readonly tell: GoalTell; readonly created: boolean }>;
  /** The wishes at these revisit points. */
  findTells(points: readonly string[]): Promise<GoalTell[]>;
}

/** A mentee's wish, at a revisit point, that their mentors be told they would like to talk about a goal. */
export interface GoalTell {
  readonly menteeId: string;
  readonly point: string;
  /** The goal, only when the mentee chose to share which one. */
  readonly goalId: string | undefined;
  readonly askedAt: Date;
}

/** A revisit DM as its mentee reads it: their goals, and any answers already given. */
export interface RevisitNotice {
  readonly menteeId: string;
  readonly point: RevisitPoint;
  readonly goals: readonly Goal[];
  readonly answers: ReadonlyMap<string, GoalStatus>;
}

/** What the goals feature says in Slack. */
export interface GoalSender {
  /** The revisit DM to a mentee; rejects with a SendError when Slack refuses. */
  sendRevisit(notice: RevisitNotice): Promise<PostedMessage>;
  /** Redraws a revisit DM after an answer. */
  updateRevisit(message: PostedMessage, notice: RevisitNotice): Promise<void>;
  /** Tells one mentor that the mentee would like to talk about a goal; `goal` only when the mentee chose to share it. */
  tellMentor(mentorId: string, menteeId: string, goal: Goal | undefined): Promise<PostedMessage>;
}
