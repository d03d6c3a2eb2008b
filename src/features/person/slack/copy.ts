import { escapeMrkdwn } from '../../../slack/mrkdwn.js';

const who = (personId: string, name: string | undefined) => (name === undefined ? `<@${personId}>` : `*${escapeMrkdwn(name)}* (<@${personId}>)`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const personCopy = {
  help: ['/mentor-admin person <@user|email>', 'what the app holds about one person, with buttons to send it to you as a JSON file or to forget them'] as const,
  usage: 'Please name one person: `/mentor-admin person @name`, `/mentor-admin person U0123ABCD` or `/mentor-admin person name@school.edu`.',
  notFound: (email: string) => `No one in the roster or the workspace has the e-mail ${escapeMrkdwn(email)}. Try their Slack handle: \`/mentor-admin person @name\`.`,
  summaryTitle: (personId: string, name: string | undefined) => `*What the app holds about* ${who(personId, name)}`,
  nothingHeld: 'Nothing is held about them.',
  countLine: (kind: string, n: number) => `• ${kind}: ${n}`,
  messagesLine: (n: number) => `• the app’s Slack messages carrying their words: ${n}`,
  exportButton: 'Export (JSON)',
  forgetButton: 'Forget…',
  summaryFallback: (personId: string) => `What the app holds about <@${personId}>`,
  fileComment: (kinds: number) => `Everything the app holds about this person: ${plural(kinds, 'kind')} of record.`,
  exportSent: (personId: string, filename: string) => `The record of <@${personId}> is in your DM with the app: \`${escapeMrkdwn(filename)}\`.`,
  modalTitle: 'Forget this person?',
  modalSubmit: 'Forget',
  modalClose: 'Cancel',
  confirmIntro: (personId: string, name: string | undefined) => `This cannot be undone. Forgetting ${who(personId, name)}:`,
  confirmGoes: (messages: number) => [
    '• their name becomes *Former participant #n* and their e-mail is removed;',
    '• their words are erased: request descriptions, notes they wrote or that are about them, time-away notes, switch details and admins’ messages to them, goals’ words, concern notes, their named survey answers’ comments, a minor’s parent contact;',
    '• their pulse scores are erased;',
    `• ${plural(messages, 'message')} the app posted with their words ${messages === 1 ? 'is' : 'are'} deleted from Slack.`,
  ],
  confirmHeld: 'What is held now:',
  confirmKept: 'Kept, without their words: the records the reports count (contacts, requests, meetings, answers, trainings), so that digests, exports and compliance stay the same.',
  working: 'Forgetting… this takes a few seconds.',
  forgotten: (personId: string, records: number, messages: number) =>
    `<@${personId}> is forgotten: ${plural(records, 'record')} changed, ${plural(messages, 'message')} deleted from Slack. The audit trail records that you did it.`,
  retentionJob: 'blanks free text (notes, descriptions, details, goals’ words, survey comments) older than RETENTION_MONTHS, by each record’s own date; the records stay',
} as const;
