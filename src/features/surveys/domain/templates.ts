/**
 * The survey templates, written in code: each a fixed list of items people rate from 1 to 5, and one optional
 * free-text question. An item's position is its key (answers store scores in this order), so a template's items are
 * only ever added at the end.
 */

export const SURVEY_TEMPLATES = ['mentee_semester', 'mentor_semester', 'program_year'] as const;
export type SurveyTemplate = (typeof SURVEY_TEMPLATES)[number];

export interface TemplateDeclaration {
  readonly title: string;
  /** The statements rated 1 (strongly disagree) to 5 (strongly agree). */
  readonly items: readonly string[];
  readonly freeText: string;
}

export const TEMPLATES: Readonly<Record<SurveyTemplate, TemplateDeclaration>> = {
  mentee_semester: {
    title: 'Mentee end-of-semester survey',
    items: [
      'My peer mentors were easy to reach when I needed them.',
      'Meeting my peer mentors helped me this semester.',
      'I felt comfortable raising any topic with my mentors.',
      'I would recommend the program to an incoming student.',
    ],
    freeText: 'What one thing would make the program more useful to you?',
  },
  mentor_semester: {
    title: 'Mentor end-of-semester survey',
    items: [
      'I felt prepared to mentor my mentees.',
      'My Faculty Mentor supported me when I needed it.',
      'The time mentoring asked of me was reasonable.',
      'Mentoring this semester was rewarding.',
    ],
    freeText: 'What would help you mentor better next semester?',
  },
  program_year: {
    title: 'Program year-end survey',
    items: [
      'The program met its goals this year.',
      'The program’s messages and reminders were useful, not too many.',
      'I knew whom to contact when something went wrong.',
      'I would take part in the program again.',
      'Overall, I am satisfied with the program.',
    ],
    freeText: 'What should the program change next year?',
  },
};

/** The most items any template has (the export's columns). */
export const MAX_ITEMS = Math.max(...SURVEY_TEMPLATES.map((t) => TEMPLATES[t].items.length));

/** The longest free-text answer kept. */
export const FREE_TEXT_MAX = 1_000;

export const isSurveyTemplate = (value: string): value is SurveyTemplate => (SURVEY_TEMPLATES as readonly string[]).includes(value);
