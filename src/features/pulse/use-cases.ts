import type { Config } from '../../config/env.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { Logger } from '../../log/logger.js';
import type { PulseStore, RosterStore } from '../../program/ports.js';
import { answerPulse } from './answer-pulse.js';
import type { PulseNotifier } from './ports.js';
import { sendPulses } from './send-pulses.js';
import { sharePulse } from './share-pulse.js';

export interface PulseDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly pulses: PulseStore;
  readonly pulseNotifier: PulseNotifier;
}

export type PulseUseCases = ReturnType<typeof createPulseUseCases>;

/** The monthly pulse: sent once a month, answered once, shared with the mentors only when the mentee asks. */
export function createPulseUseCases(deps: PulseDeps) {
  return {
    /** Job `pulse`. */
    sendPulses: (now: Date) => sendPulses(deps, now),
    /** A mentee's 1–5 for the month the pulse asked about. */
    answerPulse: (menteeId: string, month: string, score: number, now: Date) => answerPulse(deps, menteeId, month, score, now),
    /** "Let my mentors know", after a low answer. */
    sharePulse: (menteeId: string, month: string, now: Date) => sharePulse(deps, menteeId, month, now),
  };
}
