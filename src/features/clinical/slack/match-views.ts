import { z } from 'zod';
import { addDays } from '../../../program/calendar-date.js';
import type { KnownBlock } from '../../../slack/blocks.js';
import { formatDate, formatDateRange, formatInZone } from '../../../slack/format-time.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';
import type { Shared } from '../domain/matching.js';
import type { Rotation } from '../domain/rotation.js';
import type { AssignedNotice, IntroductionNotice, OfferNotice } from '../ports.js';
import { clinicalIds as ids } from './ids.js';
import { matchCopy as words } from './match-copy.js';

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** `Surgery`: a subject as a heading word. */
export const subjectTitle = (subject: string) => subject.charAt(0).toUpperCase() + subject.slice(1);

/** `*Surgery* (Mon, Jan 4 – Fri, Feb 26, General Hospital, Dr. Cole)`: a rotation, its dates, site and preceptor. */
export function describeRotation(rotation: Pick<Rotation, 'subject' | 'site' | 'preceptor' | 'start' | 'end'>): string {
  const details = [formatDateRange(rotation.start, rotation.end), rotation.site, rotation.preceptor].filter((d): d is string => d !== undefined && d.trim() !== '');
  return `*${subjectTitle(rotation.subject)}* (${details.map((d, i) => (i === 0 ? d : escapeMrkdwn(d))).join(', ')})`;
}

/** What a suggested mentor shares with the mentee's rotation. */
export function describeShared(shared: Shared): string {
  return [
    words.sharedSubject(shared.subject),
    ...(shared.site === undefined ? [] : [words.sharedSite(escapeMrkdwn(shared.site))]),
    ...(shared.preceptor === undefined ? [] : [words.sharedPreceptor(escapeMrkdwn(shared.preceptor))]),
  ].join(', ');
}

/** A *Choose* button's value: the rotation and the mentor. */
const choiceSchema = z.object({ r: z.string().min(1), m: z.string().min(1).optional() });
export type OfferChoice = { readonly rotationId: string; readonly mentorId: string | undefined };

export const encodeChoice = (rotationId: string, mentorId?: string) => JSON.stringify(mentorId === undefined ? { r: rotationId } : { r: rotationId, m: mentorId });

/** The rotation and mentor a button names; undefined when the value is not one of ours. */
export function decodeChoice(value: string): OfferChoice | undefined {
  try {
    const parsed = choiceSchema.safeParse(JSON.parse(value));
    return parsed.success ? { rotationId: parsed.data.r, mentorId: parsed.data.m } : undefined;
  } catch {
    return undefined;
  }
}

/** The mentee's offer DM: the rotation, each suggested mentor with what they share and *Choose*, the deadline, and *Assign for me*. */
export function buildOfferMessage(offer: OfferNotice): SlackMessage {
  const { rotation } = offer;
  return {
    text: words.offerFallback(subjectTitle(rotation.subject)),
    blocks: [
      section(words.offerIntro(describeRotation(rotation))),
      ...offer.suggestions.map(
        (s): KnownBlock => ({
          type: 'section',
          text: { type: 'mrkdwn', text: words.suggestion(s.mentorId, describeShared(s.shared)) },
          accessory: { type: 'button', action_id: ids.offerChoose, text: { type: 'plain_text', text: words.chooseButton }, value: encodeChoice(rotation.id, s.mentorId) },
        }),
      ),
      { type: 'context', elements: [{ type: 'mrkdwn', text: words.offerDeadline(formatInZone(offer.deadline, offer.zone)) }] },
      {
        type: 'actions',
        block_id: ids.offerChoicesBlock,
        elements: [{ type: 'button', action_id: ids.offerAuto, style: 'primary', text: { type: 'plain_text', text: words.autoButton }, value: encodeChoice(rotation.id) }],
      },
    ],
  };
}

/** The offer DM once its rotation has a mentor: who, and how; no buttons. */
export function buildOfferDecided(assigned: AssignedNotice): SlackMessage {
  const text = words.decided(assigned.mentorId, describeRotation(assigned.rotation), assigned.chosenBy);
  return { text, blocks: [section(text)] };
}

/** The introduction in the group DM of the mentor and the mentee. */
export function buildIntroduction(intro: IntroductionNotice): SlackMessage {
  const { rotation, mentorId, menteeId } = intro;
  return {
    text: words.introFallback(menteeId, mentorId),
    blocks: [
      section(words.introHeadline(menteeId, mentorId, describeRotation(rotation))),
      section(words.introHow(intro.chosenBy, menteeId)),
      section(words.introRules(menteeId, formatDate(addDays(rotation.start, -1)))),
      section(words.introAsk(mentorId)),
    ],
  };
}
