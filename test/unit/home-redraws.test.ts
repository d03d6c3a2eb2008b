import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queueRedraws, REDRAW_SPACING_MS } from '../../src/features/contacts/slack/home-redraws.js';

const NOW = new Date('2026-10-05T13:00:00Z');

describe('Home redraws after contacts', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A redraw that takes 5 ms, and what it saw: who, when (ms after NOW), and how many ran at once at most. */
  const recording = () => {
    const drawn: { userId: string; at: number }[] = [];
    let inFlight = 0;
    let most = 0;
    const redraw = queueRedraws(async ([userId]) => {
      drawn.push({ userId: userId!, at: Date.now() - NOW.getTime() });
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
    });
    return { redraw, drawn, most: () => most };
  };

  it('redraws someone not redrawn lately at once, one at a time, each person once while waiting', async () => {
    const { redraw, drawn, most } = recording();
    const first = redraw(['M1'], NOW);
    void redraw(['M2', 'M3'], NOW);
    void redraw(['M2'], NOW);
    await vi.advanceTimersByTimeAsync(20);
    await first;
    expect(drawn.map((d) => d.userId)).toEqual(['M1', 'M2', 'M3']);
    expect(drawn.every((d) => d.at < 20)).toBe(true);
    expect(most()).toBe(1);
  });

  it(`redraws a person at most once every ${REDRAW_SPACING_MS / 1000} s: a burst of their check-ins is one redraw now and one after the spacing`, async () => {
    const { redraw, drawn } = recording();
    void redraw(['M1'], NOW);
    await vi.advanceTimersByTimeAsync(100);
    for (let i = 0; i < 10; i++) {
      void redraw(['M1'], NOW);
      await vi.advanceTimersByTimeAsync(200);
    }
    // Someone else is not held up by M1's spacing.
    void redraw(['M2'], NOW);
    await vi.advanceTimersByTimeAsync(10);
    expect(drawn.map((d) => d.userId)).toEqual(['M1', 'M2']);
    await vi.advanceTimersByTimeAsync(REDRAW_SPACING_MS);
    expect(drawn.map((d) => d.userId)).toEqual(['M1', 'M2', 'M1']);
    expect(drawn[2]!.at).toBe(REDRAW_SPACING_MS);
    await vi.advanceTimersByTimeAsync(REDRAW_SPACING_MS * 3);
    expect(drawn).toHaveLength(3);
  });

  it('settles when the people asked for are redrawn, and the later redraw draws the latest moment asked', async () => {
    const seen: Date[] = [];
    const redraw = queueRedraws(async (_ids, now) => {
      seen.push(now);
    });
    await redraw(['M1'], NOW);
    const later = new Date(NOW.getTime() + 1000);
    let settled = false;
    void redraw(['M1'], new Date(NOW.getTime() + 500)).then(() => (settled = true));
    const last = redraw(['M1'], later);
    await vi.advanceTimersByTimeAsync(REDRAW_SPACING_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await last;
    expect(settled).toBe(true);
    expect(seen).toEqual([NOW, later]);
  });

  it('goes on after a redraw that fails', async () => {
    const drawn: string[] = [];
    const redraw = queueRedraws(async ([userId]) => {
      if (userId === 'BAD') throw new Error('Slack said no');
      drawn.push(userId!);
    });
    await redraw(['BAD', 'M1'], NOW);
    expect(drawn).toEqual(['M1']);
  });
});
