/**
 * What a pre-med mentee may ask about, in the order the request form lists them. The requests feature's topics
 * (program/records/request.ts REQUEST_TOPICS) are the medical students' and one list for everyone; `shadowing` and
 * `other` are shared with it, the rest are the track's own. Labels live in the track's copy.
 */
export const PREMED_REQUEST_TOPICS = ['mcat', 'personal_statement', 'mock_interview', 'shadowing', 'applications', 'coursework', 'other'] as const;
export type PremedRequestTopic = (typeof PREMED_REQUEST_TOPICS)[number];
