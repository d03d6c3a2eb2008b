import { isValidObjectId, type Connection } from 'mongoose';
import type { ContactMark } from '../records/compliance.js';
import type { Contact } from '../records/contact.js';
import type { ContactStore } from '../ports.js';
import { contactModel, type ContactDoc } from './contact.model.js';
import { findAmong } from './among.js';
import { insertOnce } from './models.js';

export function createContactRepository(connection: Connection): ContactStore {
  const Contacts = contactModel(connection);
  return {
    async record(contact) {
      const fields = { ...contact, menteeIds: [...contact.menteeIds], ...(contact.note === undefined ? {} : { note: contact.note }) };
      const { doc, created } = await insertOnce(Contacts, fields, { sourceKey: contact.sourceKey });
      return { contact: toContact(doc), created };
    },
    async findForMentees(menteeIds, fromDate, toDate) {
      // A contact with two of them is found twice, and kept once.
      const docs = await findAmong<ContactDoc>(
        menteeIds,
        (menteeId) => Contacts.find({ menteeIds: menteeId, date: { $gte: fromDate, $lte: toDate }, undoneAt: { $exists: false } }).sort({ date: 1, at: 1 }).lean(),
        ['date', 'at'],
      );
      return docs.map(toContact);
    },
    async findByMentors(mentorIds, fromDate, toDate) {
      const docs = await findAmong<ContactDoc>(
        mentorIds,
        (mentorId) => Contacts.find({ mentorId, date: { $gte: fromDate, $lte: toDate }, undoneAt: { $exists: false } }).sort({ date: 1, at: 1 }).lean(),
        ['date', 'at'],
      );
      return docs.map(toContact);
    },
    async findBetween(fromDate, toDate) {
      // Streamed in batches: a semester of the whole program is over a hundred thousand contacts, and reading them in
      // one go would hold the event loop while they are decoded.
      const contacts: Contact[] = [];
      const cursor = Contacts.find({ date: { $gte: fromDate, $lte: toDate }, undoneAt: { $exists: false } }).sort({ date: 1, at: 1 }).lean<ContactDoc[]>().cursor({ batchSize: 5_000 });
      for await (const doc of cursor) contacts.push(toContact(doc));
      return contacts;
    },
    async findMarks(ranges) {
      if (ranges.length === 0) return [];
      const filter = {
        undoneAt: { $exists: false },
        $or: ranges.map((r) => ({ date: { $gte: r.from, $lte: r.to }, ...(r.kinds === undefined ? {} : { kind: { $in: [...r.kinds] } }) })),
      };
      // Streamed, and only the fields the rules read: a program-wide semester can hold hundreds of thousands.
      const marks: ContactMark[] = [];
      const cursor = Contacts.find(filter, { _id: 0, menteeIds: 1, date: 1, kind: 1 }).lean<Pick<ContactDoc, 'menteeIds' | 'date' | 'kind'>[]>().cursor({ batchSize: 5_000 });
      for await (const doc of cursor) marks.push({ menteeIds: doc.menteeIds, date: doc.date, kind: doc.kind });
      return marks;
    },
    async findById(id) {
      if (!isValidObjectId(id)) return undefined;
      const doc = await Contacts.findById(id).lean();
      return doc === null ? undefined : toContact(doc);
    },
    async markUndone(id, at) {
      if (!isValidObjectId(id)) return undefined;
      // Undoing twice is harmless: the filter keeps the first time, and either way the contact stops counting.
      await Contacts.updateOne({ _id: id, undoneAt: { $exists: false } }, { $set: { undoneAt: at } });
      const doc = await Contacts.findById(id).lean();
      return doc === null ? undefined : toContact(doc);
    },
  };
}

/** The document holds the record's fields (the schema is strict); the optional ones are there, undefined, when absent. */
export function toContact({ _id, note, undoneAt, ...fields }: ContactDoc): Contact {
  return { id: String(_id), ...fields, note, undoneAt };
}
