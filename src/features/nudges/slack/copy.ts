/** Nudges and escalation: the words people read. */
export const nudgeCopy = {
  hours: (hours: number) => (hours <= 0 ? 'just now' : hours === 1 ? '1 h' : `${hours} h`),
  reminderTitle: (mentee: string, hours: string) => `${mentee}’s request for help is due in ${hours}`,
  reminderText: (mentee: string, hours: string, deadline: string) => `Reminder: ${mentee}’s request for help is due in ${hours} (${deadline}).`,
  reminderBody: (deadline: string, topic: string) => `Reply by *${deadline}* · ${topic}`,
  overdueTitle: (mentee: string) => `${mentee}’s request for help is overdue`,
  overdueText: (mentee: string, deadline: string) => `${mentee}’s request for help was due ${deadline} and has no answer yet.`,
  overdueBody: (deadline: string, late: string, topic: string) => `It was due *${deadline}* (${late} ago) · ${topic}`,
  whereToAnswer: (mentee: string) =>
    `Answer in your group conversation with ${mentee}: your first message there counts as the response. Or use the buttons here.`,
  notInConversation: (mentors: string) =>
    `It was sent to ${mentors}, so its conversation and buttons are theirs: please check with them that it gets an answer.`,
  partnerNote: 'Your Pair partner has been told too: agree between you who answers.',
  covering: (away: string) => `You’re covering for ${away}, who ${away.includes(' and ') ? 'are' : 'is'} away.`,
  escalationText: (mentee: string, mentors: string, deadline: string, late: string) =>
    `${mentee}, one of your mentees, asked ${mentors} for help and has had no answer: it was due ${deadline} (${late} ago).`,
  officeEscalationText: (mentee: string, mentors: string, deadline: string, late: string) =>
    `${mentee} asked their mentor ${mentors} for help and has had no answer: it was due ${deadline} (${late} ago). It comes to you as the office of their track.`,
  escalationNote:
    'What they asked stays between them and their mentors. You may want to check in with the mentors, or with the mentee.',
  monthEndText: (daysLeft: number, month: string, count: number) =>
    `${daysLeft === 1 ? 'Last day' : `${daysLeft} days left`} of ${month}: ${count === 1 ? 'one of your mentees has' : `${count} of your mentees have`} had no communication yet this month.`,
  semesterEndText: (daysLeft: number, semester: string, count: number) =>
    `${daysLeft === 1 ? 'Last day' : `${daysLeft} days left`} of ${semester}: ${count === 1 ? 'one of your mentees has' : `${count} of your mentees have`} not met a mentor yet this semester.`,
  asFaculty: 'Their peer mentors are away, so this comes to you as their faculty mentor.',
  monthEndHint:
    'The program asks for a communication with each mentee every month: a message, text, call, e-mail or meeting all count. Logged with `/mentor-checkin @mentee call 20`, or answered through a request, it counts at once.',
  semesterEndHint:
    'The program asks for a meeting with each mentee every semester: in person or by video, alone or in a group. Log it with `/mentor-checkin @mentee video 30` (several @mentees make it a group meeting).',
  more: (n: number) => `…and ${n} more.`,
} as const;
