import { describe, expect, it } from 'vitest';
import { formTopics, topicRefusal, type AudienceOption } from '../../src/features/requests/request-circle.js';
import { buildRequestMessage, buildRequestModal, buildRequestRefused } from '../../src/features/requests/slack/request-views.js';
import { PROGRAM_REQUEST_TOPICS, PROGRAM_TOPICS, requestTopicsOf, topicDeclarationProblems } from '../../src/program/request-topics.js';
import { REQUEST_TOPICS } from '../../src/program/records/request.js';
import { COHORT_TRACK, type TrackDeclaration } from '../../src/program/tracks.js';
import { REQUEST_COLUMNS, requestRows } from '../../src/features/requests/domain/request-rows.js';
import { aRequest } from '../support/program-fixture.js';

/** A track of the test's own, with its own topics (one of them about well-being), paired by its own rules. */
const OUTREACH: TrackDeclaration = {
  name: 'outreach',
  adjective: 'outreach',
  roles: { mentee: { years: 'any', group: 'blank' }, peer_mentor: { years: 'any', group: 'blank' } },
  groups: { formed: 'pairs' },
  requestTopics: [
    { value: 'mcat', label: 'MCAT' },
    { value: 'stress', label: 'Stress and worry', wellbeing: true },
    { value: 'other', label: 'Anything else' },
  ],
};
/** A pair track that declares no topics: the program's. */
const ROTATIONS: TrackDeclaration = { name: 'rotations', adjective: 'rotation', roles: {}, groups: { formed: 'pairs' } };
const topics = requestTopicsOf(() => [COHORT_TRACK, OUTREACH, ROTATIONS]);
const option = (audience: string): AudienceOption => ({ audience, mentorIds: ['P1'], standInIds: [], mentorWord: audience === 'cohort' ? undefined : `${audience} mentor` });

describe('the request topics of the tracks', () => {
  it('gives a track that declares none, and the cohort and MD/PhD audiences, the program’s topics, in the form’s order', () => {
    expect(PROGRAM_REQUEST_TOPICS.map((t) => t.value)).toEqual([...REQUEST_TOPICS]);
    for (const audience of ['cohort', 'mdphd', 'rotations']) expect(topics.ofAudience(audience)).toBe(PROGRAM_REQUEST_TOPICS);
    expect(topics.ownerOf('rotations')).toBeUndefined();
    expect(topics.ofAudience('outreach').map((t) => t.value)).toEqual(['mcat', 'stress', 'other']);
    expect(topics.ownerOf('outreach')).toBe('outreach');
  });

  it('offers each audience its own track’s topics only, and accepts for storing any topic some track declares', () => {
    expect(topics.offers('outreach', 'mcat')).toBe(true);
    expect(topics.offers('cohort', 'mcat')).toBe(false);
    expect(topics.offers('outreach', 'study_tips')).toBe(false);
    expect(topics.isDeclared('mcat')).toBe(true);
    expect(topics.isDeclared('study_tips')).toBe(true);
    expect(topics.isDeclared('tarot')).toBe(false);
    expect(PROGRAM_TOPICS.isDeclared('mcat')).toBe(false);
  });

  it('names a topic as the request’s track declares it, else as any track does, else by its value (no longer declared)', () => {
    expect(topics.label('other', 'outreach')).toBe('Anything else');
    expect(topics.label('other', 'cohort')).toBe('Something else');
    expect(topics.label('mcat', 'cohort')).toBe('MCAT');
    expect(topics.label('retired_topic', 'outreach')).toBe('retired_topic');
  });

  it('keeps urgent balance and well-being as the program’s well-being request, and lets a track mark its own', () => {
    expect(topics.isUrgentWellbeing({ topic: 'balance_wellbeing', urgency: 'urgent', audience: 'cohort' })).toBe(true);
    expect(topics.isUrgentWellbeing({ topic: 'balance_wellbeing', urgency: 'urgent', audience: 'rotations' })).toBe(true);
    expect(topics.isUrgentWellbeing({ topic: 'balance_wellbeing', urgency: 'this_week', audience: 'cohort' })).toBe(false);
    expect(topics.isUrgentWellbeing({ topic: 'stress', urgency: 'urgent', audience: 'outreach' })).toBe(true);
    expect(topics.isUrgentWellbeing({ topic: 'mcat', urgency: 'urgent', audience: 'outreach' })).toBe(false);
    // The program alone knows no `stress`: without the track it is no well-being topic.
    expect(PROGRAM_TOPICS.isUrgentWellbeing({ topic: 'stress', urgency: 'urgent', audience: 'outreach' })).toBe(false);
  });

  it('names what is wrong with a track’s list: empty, a value Slack or the store cannot take, a value twice, a label too long', () => {
    expect(topicDeclarationProblems([COHORT_TRACK, OUTREACH, ROTATIONS])).toEqual([]);
    const bad = (requestTopics: TrackDeclaration['requestTopics']) => topicDeclarationProblems([{ ...OUTREACH, requestTopics }]);
    expect(bad([])).toEqual(['track outreach: declare 1 to 100 request topics, or none to use the program\'s']);
    expect(bad([{ value: 'Mock Interview', label: 'Mock interview' }])[0]).toContain('"Mock Interview" must be lower-case letters, digits and _');
    expect(bad([{ value: 'mcat', label: 'MCAT' }, { value: 'mcat', label: 'The MCAT' }])).toEqual(['track outreach: request topic "mcat" is declared twice']);
    expect(bad([{ value: 'mcat', label: 'x'.repeat(76) }])).toEqual(['track outreach: request topic "mcat" needs a label of 1 to 75 characters']);
  });
});

describe('the topics the request form offers', () => {
  it('leaves the form as it was when every audience offered takes the program’s topics', () => {
    expect(formTopics(topics, [option('cohort'), option('mdphd'), option('rotations')], undefined)).toEqual({});
  });

  it('gives a track’s own topics under its own key, and redraws them with the audience when the audiences differ', () => {
    expect(formTopics(topics, [option('outreach')], undefined)).toEqual({ topics: OUTREACH.requestTopics, topicsKey: 'outreach' });
    const both = [option('cohort'), option('outreach')];
    expect(formTopics(topics, both, undefined)).toEqual({ topicsFollowAudience: true, audience: 'cohort' });
    expect(formTopics(topics, both, 'outreach')).toEqual({ topics: OUTREACH.requestTopics, topicsKey: 'outreach', topicsFollowAudience: true, audience: 'outreach' });
  });

  it('refuses a topic the audience’s track does not offer, naming it and the ones it does', () => {
    expect(topicRefusal(topics, 'outreach', 'mcat')).toBeUndefined();
    expect(topicRefusal(topics, 'outreach', 'study_tips')).toEqual({ asked: 'Study tips', offered: ['MCAT', 'Stress and worry', 'Anything else'] });
    const message = buildRequestRefused('topic_not_offered', [], [], topicRefusal(topics, 'cohort', 'mcat'));
    expect(message.text).toContain('“MCAT” isn’t one of the topics for the mentors you chose');
    expect(message.text).toContain('nothing was sent');
    expect(message.text).toContain('Career advice, Study tips');
  });

  it('draws the track’s topics in their own block, and makes the audience choice redraw the form only when the topics follow it', () => {
    const windows = { replyHours: 24, emailReplyHours: 48, offerMdphd: false, prefill: '' };
    const audiences = [
      { audience: 'cohort', mentorWord: undefined },
      { audience: 'outreach', mentorWord: 'outreach mentor' },
    ];
    const modal = buildRequestModal({ ...windows, audiences, ...formTopics(topics, [option('cohort'), option('outreach')], 'outreach') });
    const select = modal.blocks.find((b) => b.block_id === 'request_topic:outreach') as { element: { options: { value: string; text: { text: string } }[] } };
    expect(select.element.options.map((o) => [o.value, o.text.text])).toEqual([
      ['mcat', 'MCAT'],
      ['stress', 'Stress and worry'],
      ['other', 'Anything else'],
    ]);
    const choice = modal.blocks.find((b) => b.block_id === 'request_audience') as { dispatch_action?: boolean; element: { initial_option: { value: string } } };
    expect(choice.dispatch_action).toBe(true);
    expect(choice.element.initial_option.value).toBe('outreach');
    const same = buildRequestModal({ ...windows, audiences: [audiences[0]!, { audience: 'rotations', mentorWord: 'rotation mentor' }] });
    expect((same.blocks.find((b) => b.block_id === 'request_audience') as { dispatch_action?: boolean }).dispatch_action).toBeUndefined();
    expect(same.blocks.map((b) => b.block_id)).toContain('request_topic');
  });

  it('names a request’s topic on its card in its track’s words', () => {
    const zones = new Map([['M1', 'UTC']]);
    const card = buildRequestMessage({ request: aRequest({ topic: 'mcat', audience: 'outreach' }), zones }, topics);
    expect(JSON.stringify(card.blocks)).toContain('*Topic*\\nMCAT');
    expect(card.text).toContain('MCAT');
    expect(JSON.stringify(buildRequestMessage({ request: aRequest({ topic: 'retired_topic', audience: 'outreach' }), zones }, topics).blocks)).toContain('retired_topic');
  });
});

describe('the requests export', () => {
  it('keeps the stored topic and adds its words, as its track declares them (the value for a topic no longer declared)', () => {
    const rows = requestRows(
      [aRequest({ id: 'r1', topic: 'mcat', audience: 'outreach' }), aRequest({ id: 'r2', topic: 'study_tips', audience: 'cohort' }), aRequest({ id: 'r3', topic: 'retired_topic', audience: 'outreach' })],
      new Map(),
      new Date('2026-10-05T13:00:00Z'),
      { timezone: 'UTC' },
      topics,
    );
    const cell = (row: readonly unknown[], column: (typeof REQUEST_COLUMNS)[number]) => row[REQUEST_COLUMNS.indexOf(column)];
    expect(rows.map((r) => [cell(r, 'topic'), cell(r, 'topic_label')])).toEqual([
      ['mcat', 'MCAT'],
      ['study_tips', 'Study tips'],
      ['retired_topic', 'retired_topic'],
    ]);
  });
});
