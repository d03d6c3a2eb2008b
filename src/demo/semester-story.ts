import type { Features } from '../features/index.js';
import type { Group } from '../program/roster.js';
import type { ProgramStores } from '../program/store/create-stores.js';
import type { RequestAction, RequestTopic, Urgency } from '../program/records/request.js';
import { SAMPLE } from './sample-program.js';
import { expect, type StoryStep } from './story-step.js';
import { trackStories } from './track-stories.js';

const P = {
  admin: 'U0DEMOADM1',
  okafor: 'U0DEMOFAC1',
  sam: 'U0DEMOPM01',
  lee: 'U0DEMOPM02',
  ada: 'U0DEMOME01',
  ben: 'U0DEMOME02',
  cara: 'U0DEMOME03',
  dev: 'U0DEMOME04',
  mia: 'U0DEMOPM03',
  noah: 'U0DEMOPM04',
  eve: 'U0DEMOME05',
  finn: 'U0DEMOME06',
  gia: 'U0DEMOME07',
  hana: 'U0DEMOME08',
  ravi: 'U0DEMOPM05',
  zoe: 'U0DEMOPM06',
  ivan: 'U0DEMOME09',
  jade: 'U0DEMOME10',
  kofi: 'U0DEMOME11',
  lina: 'U0DEMOME12',
} as const;

/** The sample semester's story, on the app's features and stores (`files`: the sample's roster and rotations files). */
export function semesterStory(features: Features, stores: ProgramStores, files: { readonly roster: string; readonly rotations: string }): StoryStep[] {
  const requests = new Map<string, string>();
  let switchId: string | undefined;
  const gold = async (): Promise<Group | undefined> => (await stores.roster.findGroups()).find((g) => g.name === 'Gold-Nakamura');

  const ask = (date: string, time: string, mentee: string, key: string, topic: RequestTopic, urgency: Urgency, text: string): StoryStep => ({
    date,
    time,
    actor: mentee,
    text,
    async act(now) {
      const outcome = expect(
        await features.requests.useCases.submitRequest({ menteeId: mentee, viewId: `demo-${key}`, topic, urgency, reach: 'slack', description: 'Written in the form (the demo shows no words).' }, now),
        'sent',
        text,
      );
      if (outcome.kind === 'sent') requests.set(key, outcome.request.id);
    },
  });
  const act = (date: string, time: string, actor: string, key: string, action: RequestAction, text: string): StoryStep => ({
    date,
    time,
    actor,
    text,
    async act(now) {
      expect(await features.requests.useCases.actOnRequest({ requestId: requests.get(key)!, actorId: actor, action }, now), 'done', text);
    },
  });
  const checkin = (date: string, time: string, mentor: string, mentees: readonly string[], how: string, text: string): StoryStep => ({
    date,
    time,
    actor: mentor,
    text,
    tally: 'check-ins logged',
    async act(now) {
      const mentions = mentees.map((id) => `<@${id}>`).join(' ');
      expect(await features.contacts.useCases.logQuickCheckin({ actorId: mentor, text: `${mentions} ${how}`, sourceKey: `demo-${mentor}-${date}`, now }), 'ok', text);
    },
  });
  const pulse = (date: string, time: string, mentee: string, score: number): StoryStep => ({
    date,
    time,
    actor: mentee,
    text: `answers the monthly pulse (${score} of 5)`,
    tally: 'pulse answers',
    async act(now) {
      expect(await features.pulse.useCases.answerPulse(mentee, date.slice(0, 7), score, now), 'ok', 'a pulse');
    },
  });

  return [
    {
      date: SAMPLE.firstDay,
      time: '09:00',
      actor: P.admin,
      text: 'imports the roster (examples/roster.csv): three cohorts, each with a Mentor Pair and a Faculty Mentor; a clinical track; a pre-med pair',
      async act(now) {
        const outcome = await features.roster.useCases.importRoster(P.admin, { csv: files.roster, prune: false, dryRun: false, introduce: true, now });
        expect({ kind: outcome.allowed ? outcome.result.status : 'not allowed', outcome }, 'imported', 'the import');
      },
    },
    {
      date: '2026-08-18',
      time: '19:10',
      actor: P.ada,
      text: 'sets two goals for the year',
      tally: 'mentees who set goals',
      async act(now) {
        const goals = [
          { id: undefined, words: 'Find a study rhythm for anatomy', category: 'academics', targetMonth: '2026-10' },
          { id: undefined, words: 'Shadow in the emergency department', category: 'clinical', targetMonth: '2027-03' },
        ];
        expect(await features.goals.useCases.saveGoals(P.ada, goals, now), 'saved', 'the goals');
      },
    },
    ask('2026-08-19', '10:30', P.ada, 'ada-study', 'study_tips', 'routine', 'asks her Mentor Pair for study tips (/mentor-request)'),
    act('2026-08-19', '12:05', P.sam, 'ada-study', 'claim', 'takes Ada’s request, well within 24 hours'),
    act('2026-08-19', '12:40', P.sam, 'ada-study', 'respond', 'marks Ada’s request answered'),
    act('2026-08-20', '18:00', P.ada, 'ada-study', 'close_helped', 'closes her request: it helped'),
    ask('2026-08-24', '15:00', P.ben, 'ben-career', 'career_advice', 'routine', 'asks for career advice; his Mentor Pair is busy'),
    act('2026-08-27', '09:30', P.lee, 'ben-career', 'claim', 'takes Ben’s request, late, after the reminder and the escalation to their Faculty Mentor'),
    act('2026-08-27', '10:00', P.lee, 'ben-career', 'respond', 'marks Ben’s request answered'),
    checkin('2026-08-27', '16:00', P.mia, [P.eve, P.finn], 'in_person 30', 'logs a 30-minute meeting with Eve and Finn (/mentor-checkin)'),
    checkin('2026-08-28', '11:00', P.ravi, [P.ivan, P.jade, P.kofi, P.lina], 'video 45', 'logs a video call with his four mentees'),
    checkin('2026-09-02', '17:30', P.sam, [P.ada, P.ben], 'in_person 40', 'logs lunch with Ada and Ben'),
    ask('2026-09-10', '17:30', P.cara, 'cara-wellbeing', 'balance_wellbeing', 'urgent', 'asks for help, urgently, about her well-being'),
    act('2026-09-10', '17:50', P.lee, 'cara-wellbeing', 'claim', 'takes Cara’s urgent request within 20 minutes'),
    act('2026-09-10', '18:30', P.lee, 'cara-wellbeing', 'respond', 'marks Cara’s request answered (they talked on the phone)'),
    checkin('2026-09-11', '12:00', P.lee, [P.cara], 'call 25', 'logs the call with Cara'),
    pulse('2026-09-15', '12:30', P.ada, 4),
    pulse('2026-09-15', '13:10', P.eve, 5),
    pulse('2026-09-16', '09:45', P.ben, 2),
    pulse('2026-09-16', '18:20', P.ivan, 3),
    {
      date: '2026-09-18',
      time: '14:00',
      actor: P.noah,
      text: 'marks a week away for a conference (/mentor-away), and lets his mentees know',
      tally: 'times away marked',
      async act(now) {
        const outcome = await features.away.useCases.markAway(
          { mentorId: P.noah, start: '2026-09-21', end: '2026-09-27', note: 'Conference', tellMentees: true, sourceKey: 'demo-noah-away', replyByDm: true },
          now,
        );
        expect(outcome, 'marked', 'time away');
      },
    },
    ask('2026-09-22', '11:00', P.gia, 'gia-research', 'research', 'routine', 'asks about research; Noah is away, so it goes to Mia alone'),
    act('2026-09-22', '15:30', P.mia, 'gia-research', 'claim', 'takes Gia’s request'),
    checkin('2026-09-24', '16:00', P.zoe, [P.ivan, P.jade], 'slack', 'logs a Slack conversation with Ivan and Jade'),
    {
      date: '2026-10-05',
      time: '20:00',
      actor: P.hana,
      text: 'asks, privately, to switch to another cohort (/mentor-switch)',
      tally: 'switch requests',
      async act(now) {
        const outcome = expect(
          await features.switching.useCases.submitSwitch({ actorId: P.hana, menteeId: P.hana, viewId: 'demo-hana-switch', reason: 'schedule', details: 'Our lab hours clash.', preferredGroupId: (await gold())?.id }, now),
          'sent',
          'the switch request',
        );
        if (outcome.kind === 'sent') switchId = outcome.request.id;
      },
    },
    {
      date: '2026-10-06',
      time: '10:15',
      actor: P.admin,
      text: 'approves Hana’s switch to Gold-Nakamura',
      tally: 'switches approved',
      async act(now) {
        expect(await features.switching.useCases.approveSwitch({ requestId: switchId!, actorId: P.admin, targetGroupId: (await gold())?.id }, now), 'done', 'the switch');
      },
    },
    checkin('2026-10-07', '15:00', P.mia, [P.eve, P.finn, P.gia], 'video 30', 'logs a video call with Eve, Finn and Gia'),
    checkin('2026-10-08', '12:15', P.sam, [P.ada, P.ben, P.dev], 'in_person 45', 'logs a meeting with Ada, Ben and Dev'),
    pulse('2026-10-15', '11:00', P.ada, 5),
    pulse('2026-10-15', '17:40', P.finn, 4),
    pulse('2026-10-16', '08:30', P.hana, 4),
    ask('2026-10-20', '13:00', P.dev, 'dev-shadowing', 'shadowing', 'this_week', 'asks how to find shadowing, this week'),
    act('2026-10-20', '21:15', P.sam, 'dev-shadowing', 'claim', 'takes Dev’s request the same evening'),
    checkin('2026-10-22', '17:00', P.ravi, [P.ivan, P.kofi, P.hana], 'in_person 30', 'logs coffee with Ivan, Kofi and Hana'),
    ask('2026-11-03', '09:30', P.jade, 'jade-letter', 'letter_of_recommendation', 'routine', 'asks about letters of recommendation'),
    act('2026-11-04', '08:50', P.zoe, 'jade-letter', 'claim', 'takes Jade’s request just before its deadline'),
    checkin('2026-11-05', '16:00', P.lee, [P.cara, P.dev], 'call 20', 'logs calls with Cara and Dev'),
    checkin('2026-11-10', '12:00', P.mia, [P.eve, P.gia], 'slack', 'logs a Slack conversation with Eve and Gia'),
    pulse('2026-11-16', '10:30', P.ben, 3),
    pulse('2026-11-16', '19:00', P.lina, 2),
    checkin('2026-11-18', '17:30', P.zoe, [P.lina, P.hana, P.jade], 'video 40', 'logs a video call with Lina, Hana and Jade'),
    checkin('2026-12-02', '16:00', P.sam, [P.ada, P.ben, P.cara, P.dev], 'in_person 60', 'holds an end-of-semester meeting with the whole cohort'),
    checkin('2026-12-03', '13:00', P.ravi, [P.ivan, P.jade, P.kofi, P.lina, P.hana], 'in_person 50', 'holds an end-of-semester meeting with his cohort'),
    ...trackStories(features, files.rotations),
  ];
}
