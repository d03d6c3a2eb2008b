import { describe, expect, it } from 'vitest';
import { parseQuietHours } from '../../src/delivery/quiet-hours.js';
import { mayMessageAll, mayMessageMinor, nextTimeForAll, quietHoursOf } from '../../src/features/premed/minor-quiet-hours.js';

const minorQuietHours = parseQuietHours('20:00-08:00')!;
const quietHours = parseQuietHours('21:00-08:00')!;
const rules = { quietHours, minorQuietHours };
const at = (iso: string) => new Date(iso);

describe('may we message this minor now (MINOR_QUIET_HOURS, in the minor’s zone)', () => {
  it.each([
    // New York on daylight time (UTC−4).
    ['2026-10-05T23:59:00Z', 'America/New_York', true], // 19:59
    ['2026-10-06T00:00:00Z', 'America/New_York', false], // 20:00
    ['2026-10-06T11:59:00Z', 'America/New_York', false], // 07:59
    ['2026-10-06T12:00:00Z', 'America/New_York', true], // 08:00
    // The same instants in Honolulu (UTC−10): mid-afternoon and the middle of the night.
    ['2026-10-06T00:00:00Z', 'Pacific/Honolulu', true], // 14:00
    ['2026-10-06T12:00:00Z', 'Pacific/Honolulu', false], // 02:00
  ])('at %s in %s: %s', (iso, zone, may) => {
    expect(mayMessageMinor(at(iso), zone, minorQuietHours)).toBe(may);
  });

  it('follows the minor’s clock across a daylight-saving change', () => {
    // New York falls back on 1 Nov 2026: 20:00 is 00:00 UTC before, 01:00 UTC after.
    expect(mayMessageMinor(at('2026-11-01T00:30:00Z'), 'America/New_York', minorQuietHours)).toBe(false); // 31 Oct 20:30 EDT
    expect(mayMessageMinor(at('2026-11-02T00:30:00Z'), 'America/New_York', minorQuietHours)).toBe(true); // 1 Nov 19:30 EST
    expect(mayMessageMinor(at('2026-11-02T01:00:00Z'), 'America/New_York', minorQuietHours)).toBe(false); // 1 Nov 20:00 EST
  });

  it('keeps the program’s QUIET_HOURS for adults', () => {
    expect(quietHoursOf({ minor: true }, rules)).toBe(minorQuietHours);
    expect(quietHoursOf({ minor: false }, rules)).toBe(quietHours);
  });
});

describe('a conversation with a minor and adults', () => {
  const minor = { zone: 'America/New_York', minor: true };
  const mentor = { zone: 'America/Los_Angeles', minor: false };

  it('is posted only when it is quiet for none of them', () => {
    // 20:30 in New York, 17:30 in Los Angeles: the minor's hours hold it, though the mentor's would not.
    expect(mayMessageAll(at('2026-10-06T00:30:00Z'), [minor, mentor], rules)).toBe(false);
    expect(mayMessageAll(at('2026-10-06T00:30:00Z'), [{ ...minor, minor: false }, mentor], rules)).toBe(true);
    // 10:00 in New York, 07:00 in Los Angeles: the mentor's hours hold it.
    expect(mayMessageAll(at('2026-10-06T14:00:00Z'), [minor, mentor], rules)).toBe(false);
    expect(mayMessageAll(at('2026-10-06T16:00:00Z'), [minor, mentor], rules)).toBe(true);
  });

  it('waits for the first moment that suits everyone', () => {
    // From 20:30 in New York: 08:00 there is 05:00 in Los Angeles, so it waits for 08:00 in Los Angeles.
    expect(nextTimeForAll(at('2026-10-06T00:30:00Z'), [minor, mentor], rules)?.toISOString()).toBe('2026-10-06T15:00:00.000Z');
    expect(nextTimeForAll(at('2026-10-06T16:00:00Z'), [minor, mentor], rules)?.toISOString()).toBe('2026-10-06T16:00:00.000Z');
  });

  it('says so when their hours leave no common time', () => {
    // The adult may be messaged only from 12:00 to 13:00 in Tokyo: 23:00 to 00:00 in New York, inside the minor's hours.
    const allDay = { quietHours: parseQuietHours('13:00-12:00')!, minorQuietHours };
    expect(nextTimeForAll(at('2026-10-06T00:30:00Z'), [minor, { zone: 'Asia/Tokyo', minor: false }], allDay)).toBeUndefined();
  });
});
