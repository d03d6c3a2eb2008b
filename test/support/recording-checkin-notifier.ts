import type { Contact } from '../../src/program/records/contact.js';
import type { CheckinNotifier, CheckinPrompt } from '../../src/features/contacts/ports.js';
import type { PostedMessage } from '../../src/delivery/ports.js';

export type NotifierCall =
  | { readonly kind: 'prompt'; readonly to: string; readonly prompt: CheckinPrompt }
  | { readonly kind: 'update-prompt'; readonly message: PostedMessage; readonly prompt: CheckinPrompt }
  | { readonly kind: 'confirm'; readonly to: string; readonly contact: Contact }
  | { readonly kind: 'pulse'; readonly to: string; readonly month: string }
  | { readonly kind: 'mentor-notice'; readonly to: string; readonly menteeId: string };

/** A CheckinNotifier that records what it would have sent, and can fail a recipient's sends on demand. */
export class RecordingCheckinNotifier implements CheckinNotifier {
  readonly calls: NotifierCall[] = [];
  /** Recipients whose next sends fail (each failure uses one). */
  readonly failures = new Map<string, number>();
  private seq = 0;

  private async post(to: string, call: NotifierCall): Promise<PostedMessage> {
    const left = this.failures.get(to) ?? 0;
    if (left > 0) {
      this.failures.set(to, left - 1);
      throw new Error(`fake send to ${to} failed`);
    }
    // A little delay, so that concurrent runs really overlap.
    await new Promise((resolve) => setTimeout(resolve, 5));
    this.calls.push(call);
    this.seq += 1;
    return { channel: `D${to}`, ts: `1700000000.${String(this.seq).padStart(6, '0')}` };
  }

  sendPrompt(prompt: CheckinPrompt) {
    return this.post(prompt.mentorId, { kind: 'prompt', to: prompt.mentorId, prompt });
  }
  async updatePrompt(message: PostedMessage, prompt: CheckinPrompt) {
    this.calls.push({ kind: 'update-prompt', message, prompt });
  }
  confirmContact(contact: Contact) {
    return this.post(contact.mentorId, { kind: 'confirm', to: contact.mentorId, contact });
  }
  sendPulse(menteeId: string, month: string) {
    return this.post(menteeId, { kind: 'pulse', to: menteeId, month });
  }
  tellMentorMenteeWantsContact(mentorId: string, menteeId: string) {
    return this.post(mentorId, { kind: 'mentor-notice', to: mentorId, menteeId });
  }

  of<K extends NotifierCall['kind']>(kind: K): Extract<NotifierCall, { kind: K }>[] {
    return this.calls.filter((c): c is Extract<NotifierCall, { kind: K }> => c.kind === kind);
  }
}
