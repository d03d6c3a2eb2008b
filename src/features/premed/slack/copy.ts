import type { PremedIntroduction } from '../ports.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';

/** What the pre-med track says to people, in one place. */
export const premedCopy = {
  // In the shared features (check-ins, requests, switching), through the track's pairs.
  pairMentor: 'pre-med mentor',
  pairWaiting: 'You have no pre-med mentor yet: the outreach coordinators pair you with one on the roster. Once you have a mentor and you have both accepted the program agreement, ask again here.',
  waitingForSelf: 'Please accept the program agreement first: press *I agree* on my welcome message to you. Your pair starts once you and your mentor have both accepted it.',
  waitingForMentor: 'Your pair is waiting for your mentor to accept the program agreement; I will introduce you both as soon as they have.',
  waitingForMentee: 'Your pair is waiting for your mentee to accept the program agreement; I will introduce you both as soon as they have.',
  office: 'the outreach coordinators',
  noAlternatives:
    'A pre-med pair changes on the roster: to give this mentee another mentor, name the new pair in the roster file and import it (the new pair is introduced once both have agreed). Decline with a message if the mentee should hear back meanwhile.',
  pairLabel: (name: string) => `pre-med pair ${name}`,
  welcomeFallback: 'Welcome to the pre-med outreach program: please read and accept the program agreement.',
  welcome: (personId: string, role: 'mentee' | 'peer_mentor') =>
    role === 'peer_mentor'
      ? `Welcome, <@${personId}>: you are a *pre-med mentor*. You meet one student who hopes to study medicine for at least 2 hours a month, from October to the end of the school year, starting by setting goals and expectations together.`
      : `Welcome, <@${personId}>: you are a *pre-med mentee*. A physician or medical student will meet you for at least 2 hours a month, from October to the end of the school year, starting by setting goals and expectations together.`,
  agreementTitle: '*The program agreement*',
  agreementAsk: 'Please read it and press *I agree*. I introduce you to each other once you have both accepted it; your acceptance and its time are recorded for the outreach coordinators.',
  agreeButton: 'I agree',
  agreed: (when: string) => `:white_check_mark: You accepted the program agreement on ${when}. Thank you.`,
  already: (when: string) => `Your acceptance of the program agreement is already recorded (${when}); there is nothing more to do.`,
  notPremed: 'This agreement is for the pre-med outreach program’s mentors and mentees, and the roster does not list you as one. If that is wrong, please ask an outreach coordinator.',
  homeTitle: 'Pre-med agreements pending',
  homeNonePending: 'Every pre-med pair has accepted the program agreement.',
  homePendingLine: (pair: string, mentor: string, mentorMark: string, mentee: string, menteeMark: string) => `*${pair}*: ${mentor} (mentor) ${mentorMark} · ${mentee} (mentee) ${menteeMark}`,
  homeAgreed: ':white_check_mark: agreed',
  homePending: ':hourglass_flowing_sand: not yet',
  homeRule: 'A pair is introduced, and may use requests and check-ins, once both have pressed *I agree* on their welcome DM.',
  introductionFallback: 'Meet your pre-med mentoring partner.',
  introduction: (intro: PremedIntroduction) =>
    [
      `:wave: <@${intro.pair.mentorId}>, meet <@${intro.pair.menteeId}>: you are a pre-med mentoring pair, and you have both accepted the program agreement.`,
      'Start by setting goals and expectations together; meet at least 2 hours a month, by video or in a public place.',
      ...(intro.coordinatorIds.length > 0
        ? [`${intro.coordinatorIds.map((id) => `<@${id}>`).join(', ')} (outreach coordination) ${intro.coordinatorIds.length === 1 ? 'is' : 'are'} in this conversation: as in any youth program, an adult and a minor do not talk in private here.`]
        : []),
      ...(intro.parent !== undefined
        ? [`<@${intro.pair.mentorId}>, the parent or guardian of <@${intro.pair.menteeId}> is *${escapeMrkdwn(intro.parent.name)}* (${escapeMrkdwn([intro.parent.email, intro.parent.phone].filter((c) => c !== undefined).join(', '))}); a parent or guardian attends your first session.`]
        : []),
    ].join('\n\n'),
};
