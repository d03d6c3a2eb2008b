import { describe, expect, it } from 'vitest';
import { isQuiet, nextSendableTime, parseQuietHours, type QuietHours } from '../../src/delivery/quiet-hours.js';

const quiet: QuietHours = { start: { hour: 21, minute: 0 }, end: { hour: 8, minute: 0 } };

describe('quiet hours', () => {
  it.each([
    ['2026-09-14T01:59:00Z', 'America/Chicago', false], // 20:59 CDT
    ['2026-09-14T02:00:00Z', 'America/Chicago', true], // 21:00 CDT
    ['2026-09-14T12:59:00Z', 'America/Chicago', true], // 07:59 CDT
    ['2026-09-14T13:00:00Z', 'America/Chicago', false], // 08:00 CDT
    ['2026-09-14T13:00:00Z', 'UTC', false], // 13:00 UTC
    ['2026-09-14T22:00:00Z', 'UTC', true],
    ['2026-09-14T22:00:00Z', 'Asia/Tokyo', true], // 07:00 JST the next day
    ['2026-09-14T23:00:00Z', 'Asia/Tokyo', false], // 08:00 JST
  ])('%s in %s is quiet: %s', (iso, zone, expected) => {
    expect(isQuiet(new Date(iso), zone, quiet)).toBe(expected);
  });

  it.each([
    ['2026-09-14T15:00:00Z', 'America/Chicago', '2026-09-14T15:00:00.000Z'], // 10:00: send now
    ['2026-09-14T03:30:00Z', 'America/Chicago', '2026-09-14T13:00:00.000Z'], // 22:30 → 08:00 next morning
    ['2026-09-14T10:00:00Z', 'America/Chicago', '2026-09-14T13:00:00.000Z'], // 05:00 → 08:00 same morning
    // Fall back in New York on 2026-11-01: 23:00 EDT on Oct 31 waits until 08:00 EST.
    ['2026-11-01T03:00:00Z', 'America/New_York', '2026-11-01T13:00:00.000Z'],
    // Spring forward on 2026-03-08: 22:00 EST on Mar 7 waits until 08:00 EDT.
    ['2026-03-08T03:00:00Z', 'America/New_York', '2026-03-08T12:00:00.000Z'],
  ])('a message due at %s in %s is sent at %s', (iso, zone, expected) => {
    expect(nextSendableTime(new Date(iso), zone, quiet).toISOString()).toBe(expected);
  });

  it('handles a quiet window that does not cross midnight', () => {
    const afternoon: QuietHours = { start: { hour: 12, minute: 0 }, end: { hour: 13, minute: 30 } };
    expect(isQuiet(new Date('2026-09-14T12:15:00Z'), 'UTC', afternoon)).toBe(true);
    expect(isQuiet(new Date('2026-09-14T13:30:00Z'), 'UTC', afternoon)).toBe(false);
    expect(nextSendableTime(new Date('2026-09-14T12:15:00Z'), 'UTC', afternoon).toISOString()).toBe('2026-09-14T13:30:00.000Z');
  });

  it('treats equal start and end as no quiet hours', () => {
    const none: QuietHours = { start: { hour: 0, minute: 0 }, end: { hour: 0, minute: 0 } };
    expect(isQuiet(new Date('2026-09-14T03:00:00Z'), 'UTC', none)).toBe(false);
  });

  it.each([
    ['21:00-08:00', quiet],
    ['22:30-07:15', { start: { hour: 22, minute: 30 }, end: { hour: 7, minute: 15 } }],
    ['off', { start: { hour: 0, minute: 0 }, end: { hour: 0, minute: 0 } }],
  ])('parses %s', (text, expected) => {
    expect(parseQuietHours(text)).toEqual(expected);
  });

  it.each(['21-08', '25:00-08:00', '21:00', '21:60-08:00', ''])('refuses %j', (text) => {
    expect(parseQuietHours(text)).toBeUndefined();
  });
});
