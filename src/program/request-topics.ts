import { REQUEST_TOPICS, TOPIC_PATTERN, isUrgentWellbeing, trackOfAudience, type ProgramRequestTopic, type RequestAudience, type RequestTopic, type Urgency } from './records/request.js';
import { COHORT_TRACK, type RequestTopicDeclaration, type TrackDeclaration } from './tracks.js';

/**
 * The request topics' registry: each track declares the topics its mentees choose from (`TrackDeclaration.requestTopics`),
 * and a track that declares none uses the program's. The form, the stored requests, and every place a request's topic
 * is named (its card, nudges, Home) read them here, so a new track's topics need no edit of the requests feature.
 */

/** The program's topics' words. */
const PROGRAM_TOPIC_LABELS = {
  career_advice: 'Career advice',
  study_tips: 'Study tips',
  clinical_skills: 'Clinical skills',
  letter_of_recommendation: 'Letter of recommendation',
  shadowing: 'Shadowing',
  research: 'Research',
  residency_application: 'Residency application',
  balance_wellbeing: 'Balance and well-being',
  rotation: 'A specific rotation',
  other: 'Something else',
} satisfies Record<ProgramRequestTopic, string>;

/** The program's topics (SPEC §3.3): the cohort track's, and those of any track that declares none of its own. */
export const PROGRAM_REQUEST_TOPICS: readonly RequestTopicDeclaration[] = REQUEST_TOPICS.map((value) => ({
  value,
  label: PROGRAM_TOPIC_LABELS[value],
  ...(value === 'balance_wellbeing' ? { wellbeing: true } : {}),
}));

/** Slack's limits on an option's words and value (SLACK.md §5), and on a select's options. */
const OPTION_TEXT_MAX = 75;
const OPTIONS_MAX = 100;

/** The request topics of the program's tracks. */
export interface RequestTopics {
  /** The topics a track's mentees choose from, in the form's order: its own, else the program's. */
  ofTrack(track: string): readonly RequestTopicDeclaration[];
  /** The topics of the track whose mentors the audience is (a group audience: the cohort track's). */
  ofAudience(audience: RequestAudience): readonly RequestTopicDeclaration[];
  /** The track whose own topics the audience's are; undefined when they are the program's. */
  ownerOf(audience: RequestAudience): string | undefined;
  /** Whether a mentee asking this audience may choose this topic. */
  offers(audience: RequestAudience, topic: string): boolean;
  /** Whether any track (or the program) declares the topic: what may be stored. */
  isDeclared(topic: string): boolean;
  /** The words for a topic: as the audience's track declares it, else as any track does, else the value itself (a topic no longer declared). */
  label(topic: RequestTopic, audience?: RequestAudience): string;
  /** Whether the topic is a well-being topic for the audience's track (as above, when the track no longer declares it). */
  isWellbeing(topic: RequestTopic, audience: RequestAudience | undefined): boolean;
  /** A request about a well-being topic marked urgent (the support resources at once, the stand-ins alerted). */
  isUrgentWellbeing(request: { readonly topic: RequestTopic; readonly urgency: Urgency; readonly audience?: RequestAudience }): boolean;
}

/** The topics of the tracks given (read when asked: the tracks' registry is filled once every feature is built). */
export function requestTopicsOf(tracks: () => readonly TrackDeclaration[]): RequestTopics {
  const ofTrack = (track: string) => tracks().find((t) => t.name === track)?.requestTopics ?? PROGRAM_REQUEST_TOPICS;
  const ofAudience = (audience: RequestAudience) => ofTrack(trackOfAudience(audience));
  const declared = () => [...PROGRAM_REQUEST_TOPICS, ...tracks().flatMap((t) => t.requestTopics ?? [])];
  const find = (topic: string, audience: RequestAudience | undefined) =>
    (audience === undefined ? undefined : ofAudience(audience).find((t) => t.value === topic)) ?? declared().find((t) => t.value === topic);
  const isWellbeing = (topic: string, audience: RequestAudience | undefined) => find(topic, audience)?.wellbeing === true;
  return {
    ofTrack,
    ofAudience,
    ownerOf: (audience) => {
      const track = trackOfAudience(audience);
      return tracks().some((t) => t.name === track && t.requestTopics !== undefined) ? track : undefined;
    },
    offers: (audience, topic) => ofAudience(audience).some((t) => t.value === topic),
    isDeclared: (topic) => declared().some((t) => t.value === topic),
    label: (topic, audience) => find(topic, audience)?.label ?? topic,
    isWellbeing,
    isUrgentWellbeing: (request) => isUrgentWellbeing(request, isWellbeing),
  };
}

/** The program's topics alone (features built without tracks, in tests; the cohort track's). */
export const PROGRAM_TOPICS: RequestTopics = requestTopicsOf(() => [COHORT_TRACK]);

/**
 * What is wrong with the tracks' topic lists, one line each (none: all is well): each list non-empty and within a
 * select's 100 options, each value of the form `TOPIC_PATTERN` and once per list, each label 1–75 characters.
 */
export function topicDeclarationProblems(tracks: readonly TrackDeclaration[]): string[] {
  const problems: string[] = [];
  for (const track of tracks) {
    const topics = track.requestTopics;
    if (topics === undefined) continue;
    if (topics.length === 0 || topics.length > OPTIONS_MAX) problems.push(`track ${track.name}: declare 1 to ${OPTIONS_MAX} request topics, or none to use the program's`);
    const seen = new Set<string>();
    for (const topic of topics) {
      if (!TOPIC_PATTERN.test(topic.value)) problems.push(`track ${track.name}: request topic "${topic.value}" must be lower-case letters, digits and _ (up to 40)`);
      if (seen.has(topic.value)) problems.push(`track ${track.name}: request topic "${topic.value}" is declared twice`);
      seen.add(topic.value);
      if (topic.label.trim() === '' || topic.label.length > OPTION_TEXT_MAX) problems.push(`track ${track.name}: request topic "${topic.value}" needs a label of 1 to ${OPTION_TEXT_MAX} characters`);
    }
  }
  return problems;
}
