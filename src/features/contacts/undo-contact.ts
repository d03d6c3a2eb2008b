import type { ContactStore } from '../../program/ports.js';
import { undoRefusal, type UndoRefusal } from './domain/checkin.js';
import type { Contact } from '../../program/records/contact.js';

export type UndoContactResult =
  | { readonly ok: true; readonly contact: Contact; readonly alreadyUndone: boolean }
  | { readonly ok: false; readonly refusal: UndoRefusal | 'not_found' };

/** Undoes a contact: only its author, within 7 days of logging it. Undoing twice is harmless. */
export async function undoContact(deps: { readonly contacts: ContactStore }, actorId: string, contactId: string, now: Date): Promise<UndoContactResult> {
  const contact = await deps.contacts.findById(contactId);
  if (contact === undefined) return { ok: false, refusal: 'not_found' };
  const refusal = undoRefusal(contact, actorId, now);
  if (refusal !== undefined) return { ok: false, refusal };
  if (contact.undoneAt !== undefined) return { ok: true, contact, alreadyUndone: true };
  const undone = await deps.contacts.markUndone(contactId, now);
  return undone === undefined ? { ok: false, refusal: 'not_found' } : { ok: true, contact: undone, alreadyUndone: false };
}
