import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/program/roster.js';
import { peopleToCheck, zoneChanges, type ZoneCheck } from '../../src/features/nudges/domain/zone-refresh.js';

const NOW = new Date('2026-10-30T15:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const person = (id: string, timezone?: string, active = true): Person => ({ id, name: id, email: undefined, roles: ['mentee'], year: 1, mdphd: false, timezone, active });
const check = (personId: string, days: number, slackZone?: string): ZoneCheck => ({ personId, checkedAt: daysAgo(days), slackZone });

describe('which time zones to ask Slack about', () => {
  const people = [person('A', 'America/Chicago'), person('B'), person('C', 'Asia/Tokyo'), person('D', 'Europe/Paris'), person('E', undefined, false), person('F', 'UTC')];
  const checks = [check('A', 8), check('C', 2), check('D', 30), check('F', 7)];

  it('asks about people never asked or asked over a week ago, those with no zone first, then the longest ago', () => {
    expect(peopleToCheck(people, checks, NOW, 10)).toEqual(['B', 'D', 'A', 'F']);
  });

  it('asks about at most `limit` people per run', () => {
    expect(peopleToCheck(people, checks, NOW, 2)).toEqual(['B', 'D']);
    expect(peopleToCheck(people, checks, NOW, 0)).toEqual([]);
  });
});

describe('what Slack’s answers change', () => {
  it.each([
    ['no zone yet: takes Slack’s', person('B'), undefined, 'Europe/Berlin', 'Europe/Berlin'],
    ['a zone learnt from Slack: follows Slack', person('C', 'Asia/Tokyo'), 'Asia/Tokyo', 'Asia/Seoul', 'Asia/Seoul'],
    ['a zone from the roster: stays', person('D', 'America/Denver'), undefined, 'Europe/Paris', undefined],
    ['a roster zone that Slack once agreed with, now changed by the roster: stays', person('D', 'America/Denver'), 'Europe/Paris', 'Europe/Paris', undefined],
    ['Slack has no answer (no such account): nothing changes', person('B'), undefined, undefined, undefined],
    ['Slack answers something that is not a zone: nothing changes', person('B'), undefined, 'Mars/Olympus', undefined],
    ['the same zone: nothing changes', person('A', 'America/Chicago'), 'America/Chicago', 'America/Chicago', undefined],
  ])('%s', (_case, who, previousSlackZone, answer, expected) => {
    const previous = previousSlackZone === undefined ? [] : [check(who.id, 8, previousSlackZone)];
    const changes = zoneChanges([who], previous, new Map([[who.id, answer]]), NOW);
    expect(changes.zones.get(who.id)).toBe(expected);
    expect(changes.checks).toEqual([{ personId: who.id, checkedAt: NOW, slackZone: answer === 'Mars/Olympus' ? undefined : answer }]);
  });
});
