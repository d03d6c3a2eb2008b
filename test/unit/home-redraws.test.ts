import { describe, expect, it } from 'vitest';
import { queueRedraws } from '../../src/features/contacts/home-redraws.js';

describe('Home redraws after contacts', () => {
  it('redraws one at a time, each person once while waiting, and settles when the queue is done', async () => {
    const started: string[] = [];
    let inFlight = 0;
    let most = 0;
    const queued = queueRedraws(async ([userId]) => {
      started.push(userId!);
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
    });
    const now = new Date('2026-10-05T13:00:00Z');
    const first = queued(['M1'], now);
    void queued(['M2', 'M3'], now);
    void queued(['M2'], now);
    await queued(['M3', 'M1'], now);
    await first;
    expect(started).toEqual(['M1', 'M2', 'M3', 'M1']);
    expect(most).toBe(1);
    await queued(['M4'], now);
    expect(started.at(-1)).toBe('M4');
  });

  it('goes on after a redraw that fails', async () => {
    const drawn: string[] = [];
    const queued = queueRedraws(async ([userId]) => {
      if (userId === 'BAD') throw new Error('Slack said no');
      drawn.push(userId!);
    });
    await queued(['BAD', 'M1'], new Date());
    expect(drawn).toEqual(['M1']);
  });
});
