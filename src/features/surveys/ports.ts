import type { PostedMessage } from '../../delivery/ports.js';
import type { Survey } from './domain/survey.js';

/** A stored answer: scores and free text, with the date only, the cohort group, and — only in a named survey — who gave it. */
export interface StoredAnswer {
  readonly surveyId: string;
  /** YYYY-MM-DD: never a time, which could be matched with who answered when. */
  readonly date: string;
  readonly groupId: string | undefined;
  /** Set only for a survey that is not anonymous. */
  readonly userId: string | undefined;
  readonly scores: readonly number[];
  readonly text: string | undefined;
}

/**
 * The surveys (`surveys`), who has answered each (`survey_respondents`: ids only, never an answer nor a time), and the
 * answers (`survey_answers`: an anonymous survey's hold no user id, a random `_id` and a date only).
 */
export interface SurveyStore {
  /** Stores a launched survey once per `sourceKey` (the form's submission); `created` false when it was stored before. */
  createSurvey(survey: Survey, sourceKey: string): Promise<{ readonly survey: Survey; readonly created: boolean }>;
  findSurvey(id: string): Promise<Survey | undefined>;
  /** Surveys closing on or after `date` (YYYY-MM-DD), latest launched first. */
  findClosingFrom(date: string): Promise<Survey[]>;
  /**
   * Records that the person answered, then the answer: the first answer stands (`recorded` false when they had
   * answered, and nothing is written). An answer that fails to be written takes back the record that they answered.
   */
  recordAnswer(userId: string, answer: StoredAnswer): Promise<{ readonly recorded: boolean }>;
  /** Whether the person has answered the survey. */
  hasAnswered(surveyId: string, userId: string): Promise<boolean>;
  /** Who has answered these surveys, by survey. */
  findRespondents(surveyIds: readonly string[]): Promise<ReadonlyMap<string, ReadonlySet<string>>>;
  findAnswers(surveyIds: readonly string[]): Promise<StoredAnswer[]>;
}

/** The survey's DMs (slack/survey-sender.ts); each rejects with a SendError when Slack refuses. */
export interface SurveySender {
  sendInvitation(userId: string, survey: Survey): Promise<PostedMessage>;
  sendReminder(userId: string, survey: Survey): Promise<PostedMessage>;
}
