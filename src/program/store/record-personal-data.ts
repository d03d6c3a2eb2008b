import type { Connection } from 'mongoose';
import { ERASED_TEXT, type PersonalData } from '../personal-data.js';
import { awayModel } from './away.model.js';
import { contactModel } from './contact.model.js';
import { plainRecords } from './plain-records.js';
import { pulseAnswerModel } from './pulse.model.js';
import { requestModel } from './request.model.js';
import { switchModel } from './switch.model.js';

const HAS_NOTE = { note: { $exists: true } } as const;

/**
 * The program's ledgers' share of a person's record. Forgetting and retention blank the words (descriptions, notes,
 * switch details, admins' messages) and pulse scores, and keep every record: who, when, what kind, how long, whether
 * answered, so that digests, exports and compliance count the same.
 */
export function createRecordPersonalData(connection: Connection): PersonalData {
  const Requests = requestModel(connection);
  const Contacts = contactModel(connection);
  const Away = awayModel(connection);
  const Pulses = pulseAnswerModel(connection);
  const Switches = switchModel(connection);
  const described = { description: { $ne: ERASED_TEXT } };
  const switchWords = { $or: [{ details: { $exists: true } }, { adminMessage: { $exists: true } }] };
  const switchesOf = (personId: string) => ({ $or: [{ menteeId: personId }, { requestedBy: personId }] });
  const count = (result: { modifiedCount: number }) => result.modifiedCount;

  return {
    freeText: { requests: ['description'], contacts: ['note'], away: ['note'], switch_requests: ['details', 'adminMessage'] },
    forgotten: { pulse_answers: ['score'] },
    async holdings(personId) {
      const [made, sentTo, logged, withThem, away, pulses, switches] = await Promise.all([
        Requests.find({ menteeId: personId }).sort({ createdAt: 1 }).lean(),
        Requests.find({ $or: [{ mentorIds: personId }, { claimedBy: personId }, { respondedBy: personId }] }).sort({ createdAt: 1 }).lean(),
        Contacts.find({ mentorId: personId }).sort({ at: 1 }).lean(),
        Contacts.find({ menteeIds: personId }).sort({ at: 1 }).lean(),
        Away.find({ mentorId: personId }).sort({ createdAt: 1 }).lean(),
        Pulses.find({ menteeId: personId }).sort({ month: 1 }).lean(),
        Switches.find(switchesOf(personId)).sort({ createdAt: 1 }).lean(),
      ]);
      // Details are the asker's words: a mentee whose mentor asked gets the request, not the mentor's details.
      const ownSwitches = switches.map(({ details, ...rest }) => (rest.requestedBy === personId && details !== undefined ? { ...rest, details } : rest));
      return {
        'requests made': plainRecords(made),
        // A mentee's words are theirs: a mentor's record has the requests sent to them, not what the mentee wrote.
        'requests sent to them': plainRecords(sentTo.map(({ description: _words, ...facts }) => facts)),
        'contacts logged': plainRecords(logged),
        // Notes are their authors': a mentee's export has the contact, not what the mentor noted.
        'contacts with them': plainRecords(withThem.map(({ note: _note, ...contact }) => contact)),
        'time away': plainRecords(away),
        'pulse answers': plainRecords(pulses),
        'switch requests': plainRecords(ownSwitches),
      };
    },
    async messages(personId) {
      const [requests, switches] = await Promise.all([
        // Only those whose words are still stored: forgetting deletes the messages before it erases the words, so a run
        // that stopped half-way finds again every message it had not deleted yet.
        Requests.find({ menteeId: personId, channelId: { $exists: true }, messageTs: { $exists: true }, ...described }, { channelId: 1, messageTs: 1 }).lean(),
        Switches.find({ $and: [switchesOf(personId), switchWords] }, { adminMessages: 1 }).lean(),
      ]);
      return [
        ...requests.map((r) => ({ channelId: r.channelId!, ts: r.messageTs! })),
        ...switches.flatMap((s) => s.adminMessages.map((m) => ({ channelId: m.channelId, ts: m.ts }))),
      ];
    },
    async forget(personId) {
      const results = await Promise.all([
        Requests.updateMany({ menteeId: personId, ...described }, { $set: { description: ERASED_TEXT } }),
        Contacts.updateMany({ $or: [{ mentorId: personId }, { menteeIds: personId }], ...HAS_NOTE }, { $unset: { note: 1 } }),
        Away.updateMany({ mentorId: personId, ...HAS_NOTE }, { $unset: { note: 1 } }),
        Pulses.updateMany({ menteeId: personId, score: { $exists: true } }, { $unset: { score: 1 } }),
        Switches.updateMany({ $and: [switchesOf(personId), switchWords] }, { $unset: { details: 1, adminMessage: 1 } }),
      ]);
      return results.reduce((sum, r) => sum + count(r), 0);
    },
    async expire(cutoff) {
      const before = { $lt: cutoff };
      const results = await Promise.all([
        Requests.updateMany({ createdAt: before, ...described }, { $set: { description: ERASED_TEXT } }),
        Contacts.updateMany({ at: before, ...HAS_NOTE }, { $unset: { note: 1 } }),
        Away.updateMany({ createdAt: before, ...HAS_NOTE }, { $unset: { note: 1 } }),
        Switches.updateMany({ createdAt: before, ...switchWords }, { $unset: { details: 1, adminMessage: 1 } }),
      ]);
      return results.reduce((sum, r) => sum + count(r), 0);
    },
  };
}
