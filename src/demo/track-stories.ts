import type { Features } from '../features/index.js';
import { expect, type StoryStep } from './story-step.js';

/** The sample's people on the clinical and pre-med tracks (`examples/roster.csv`). */
const T = {
  office: 'U0DEMOADM2',
  lee: 'U0DEMOPM02',
  rosa: 'U0DEMOCP01',
  tariq: 'U0DEMOCM01',
  uma: 'U0DEMOCM02',
  grant: 'U0DEMOPD01',
  maya: 'U0DEMOHS01',
} as const;

const CHECKINS = 'check-ins logged';
const AGREEMENTS = 'agreements accepted';

/**
 * The tracks' part of the sample semester: the clinical mentors' honesty agreement, the rotations file, a mentee's
 * choice of mentor (the other's is assigned at the deadline), the rotation obligations met or missed; the pre-med
 * pair's agreement, its introduction with the outreach coordinator (the mentee is a minor), its first session with a
 * parent present, and its monthly hours (short in October, so the mentor is nudged). `rotationsCsv`: the sample's
 * rotations file. The rest (welcome DMs, offers, the deadline's assignment, introductions, nudges, the Office's and the
 * coordinators' digests) the app's jobs do.
 */
export function trackStories(features: Features, rotationsCsv: string): StoryStep[] {
  const { clinical, premed, contacts } = features;

  const clinicalAgree = (date: string, time: string, mentor: string, text: string): StoryStep => ({
    date,
    time,
    actor: mentor,
    text,
    tally: AGREEMENTS,
    async act(now) {
      expect({ kind: (await clinical.useCases.acceptAgreement(mentor, now)).status }, 'recorded', text);
    },
  });
  const premedAgree = (date: string, time: string, person: string, text: string): StoryStep => ({
    date,
    time,
    actor: person,
    text,
    tally: AGREEMENTS,
    async act(now) {
      expect({ kind: (await premed.useCases.acceptAgreement(person, now)).status }, 'recorded', text);
    },
  });
  const checkin = (date: string, time: string, mentor: string, mentee: string, how: string, text: string): StoryStep => ({
    date,
    time,
    actor: mentor,
    text,
    tally: CHECKINS,
    async act(now) {
      expect(await contacts.useCases.logQuickCheckin({ actorId: mentor, text: `<@${mentee}> ${how}`, sourceKey: `demo-${mentor}-${mentee}-${date}`, now }), 'ok', text);
    },
  });

  return [
    clinicalAgree('2026-08-17', '15:30', T.lee, 'presses I agree on the clinical honesty agreement in his welcome DM'),
    clinicalAgree('2026-08-18', '09:10', T.rosa, 'presses I agree on the clinical honesty agreement'),
    {
      date: '2026-08-19',
      time: '10:00',
      actor: T.office,
      text: 'imports the clinical rotations (examples/rotations.csv), for the Clinical Office: the mentors’ completed rotations and the mentees’ upcoming ones',
      async act(now) {
        const outcome = await clinical.useCases.importRotations(T.office, { csv: rotationsCsv, dryRun: false }, now);
        expect({ kind: outcome.allowed ? outcome.result.status : 'not allowed', outcome }, 'imported', 'the rotations import');
      },
    },
    {
      date: '2026-08-25',
      time: '19:20',
      actor: T.tariq,
      text: 'chooses Lee from the mentors his DM suggests for his surgery rotation (Choose)',
      tally: 'rotation mentors chosen by the mentee',
      async act(now) {
        const [entry] = (await clinical.useCases.readMenteeRotations(T.tariq, now)).entries;
        if (entry === undefined) throw new Error('the demo’s story went wrong: Tariq has no upcoming rotation');
        expect({ kind: (await clinical.useCases.chooseMentor({ userId: T.tariq, rotationId: entry.rotation.id, mentorId: T.lee }, now)).status }, 'assigned', 'the choice');
      },
    },
    checkin('2026-09-08', '17:30', T.lee, T.tariq, 'video 45', 'logs the pre-rotation meeting with Tariq (a video call)'),
    checkin('2026-10-09', '12:30', T.lee, T.tariq, 'in_person 60', 'logs the mid-rotation meeting with Tariq'),
    checkin('2026-10-28', '18:00', T.rosa, T.uma, 'call 20', 'calls Uma before her pediatrics rotation (a call is not the pre-rotation meeting)'),
    checkin('2026-11-04', '16:45', T.lee, T.tariq, 'call 30', 'logs a call with Tariq at the end of his rotation'),
    checkin('2026-11-13', '12:00', T.rosa, T.uma, 'in_person 60', 'logs the mid-rotation meeting with Uma'),

    premedAgree('2026-08-18', '16:15', T.maya, 'accepts the pre-med program agreement after school'),
    premedAgree('2026-08-18', '20:30', T.grant, 'accepts the program agreement at 20:30: the pair’s introduction, with the outreach coordinator, waits for the morning (Maya’s quiet hours as a minor begin at 20:00)'),
    {
      date: '2026-10-03',
      time: '11:00',
      actor: T.grant,
      text: 'logs the first session with Maya (60 minutes by video) with the check-in form: a parent was present',
      tally: CHECKINS,
      async act(now) {
        const parentQuestion = premed.checkinQuestions[0]!;
        const entry = { actorId: T.grant, menteeIds: [T.maya], kind: 'video', group: false, date: undefined, minutes: 60, note: undefined } as const;
        const answers = [{ question: parentQuestion, about: [T.maya], answer: 'yes' }];
        expect(await contacts.useCases.logContact({ ...entry, source: 'logged', sourceKey: 'demo-grant-first-session', prompt: undefined, answers, now }), 'ok', 'the first session');
      },
    },
    checkin('2026-10-24', '10:30', T.grant, T.maya, 'in_person 75', 'logs a clinic visit with Maya, after the nudge: 135 of 120 minutes in October'),
    checkin('2026-11-07', '10:00', T.grant, T.maya, 'in_person 90', 'logs a morning of shadowing with Maya'),
    checkin('2026-11-14', '15:00', T.grant, T.maya, 'video 45', 'logs a video call with Maya: 135 minutes in November'),
  ];
}
