import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, settingsOf } from '../../src/config/env.js';
import { rotationKey, type NewRotation } from '../../src/features/clinical/domain/rotation.js';
import { clinicalSettings } from '../../src/features/clinical/settings.js';
import { buildIntroduction, buildOfferDecided, buildOfferMessage, decodeChoice, encodeChoice } from '../../src/features/clinical/slack/match-views.js';

const good = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' };
const r: NewRotation = { personId: 'UM', kind: 'upcoming', subject: 'obstetrics and gynecology', site: 'St <Mary> & Co', preceptor: undefined, start: '2027-01-04', end: '2027-02-26' };
const rotation = { ...r, id: rotationKey(r) };

describe('matching’s settings', () => {
  it('read ROTATION_MATCH_DAYS and CLINICAL_MENTOR_CAPACITY, and refuse values out of range', () => {
    expect(settingsOf(loadConfig({ ...good, ROTATION_MATCH_DAYS: '14', CLINICAL_MENTOR_CAPACITY: '4' }, [clinicalSettings]), clinicalSettings)).toMatchObject({ matchDays: 14, mentorCapacity: 4 });
    expect(() => loadConfig({ ...good, ROTATION_MATCH_DAYS: '0' }, [clinicalSettings])).toThrow(ConfigError);
    expect(() => loadConfig({ ...good, CLINICAL_MENTOR_CAPACITY: 'six' }, [clinicalSettings])).toThrow(/CLINICAL_MENTOR_CAPACITY is not valid/);
  });
});

describe('the offer DM', () => {
  const offer = buildOfferMessage({
    menteeId: 'UM',
    rotation,
    suggestions: [
      { mentorId: 'UA', rank: 2, shared: { subject: rotation.subject, site: rotation.site! }, mentees: 1, full: false },
      { mentorId: 'UB', rank: 4, shared: { subject: rotation.subject }, mentees: 0, full: false },
    ],
    deadline: new Date('2026-12-23T15:00:00Z'),
    zone: 'America/Chicago',
  });
  const json = JSON.stringify(offer.blocks);

  it('names each mentor with what they share and a Choose button carrying the rotation and the mentor, then Assign for me', () => {
    expect(json).toContain('Shares: the subject (obstetrics and gynecology), the site (St &lt;Mary&gt; &amp; Co)');
    expect(json).toContain('*Obstetrics and gynecology* (Mon, Jan 4 – Fri, Feb 26, St &lt;Mary&gt; &amp; Co)');
    const buttons = offer.blocks.flatMap((b): unknown[] => ('accessory' in b && b.accessory ? [b.accessory] : b.type === 'actions' ? [...b.elements] : [])) as { action_id: string; value: string }[];
    expect(buttons.map((b) => [b.action_id, decodeChoice(b.value)])).toEqual([
      ['clinical_offer_choose', { rotationId: rotation.id, mentorId: 'UA' }],
      ['clinical_offer_choose', { rotationId: rotation.id, mentorId: 'UB' }],
      ['clinical_offer_auto', { rotationId: rotation.id, mentorId: undefined }],
    ]);
    expect(json).toContain('If you have not chosen by Wed, Dec 23, 9:00 AM CST');
  });

  it('reads back only values it wrote', () => {
    expect(decodeChoice(encodeChoice('R1', 'UA'))).toEqual({ rotationId: 'R1', mentorId: 'UA' });
    expect(decodeChoice('not json')).toBeUndefined();
    expect(decodeChoice('{"m":"UA"}')).toBeUndefined();
  });

  it('once decided, shows the mentor and how, with no buttons', () => {
    const decided = buildOfferDecided({ rotation, mentorId: 'UA', chosenBy: 'auto' });
    expect(decided.text).toContain('No mentor was chosen in time, so I assigned <@UA>');
    expect(JSON.stringify(decided.blocks)).not.toContain('button');
  });
});

describe('the introduction', () => {
  it('gives the rotation, meeting before it starts, the 2-hour guideline, and what a mentor is and is not', () => {
    const json = JSON.stringify(buildIntroduction({ rotation, mentorId: 'UA', menteeId: 'UM', chosenBy: 'mentee', step: 1 }).blocks);
    for (const words of ['<@UM>, meet <@UA>', 'Mon, Jan 4 – Fri, Feb 26', 'Meet before the rotation starts* (by Sun, Jan 3)', 'at least 2 hours', 'study materials, the site, the preceptor', 'a preceptor or a professor']) {
      expect(json).toContain(words);
    }
  });
});
