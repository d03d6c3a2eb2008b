import type { Config } from '../../config/env.js';
import { programMonth } from '../../program/calendar.js';
import { exportTablesFor, peopleById, type ExportKind, type ExportTable } from '../../program/export-table.js';
import { monthsBetween, monthSpan } from '../../program/month-span.js';
import type { ContactStore, RosterStore } from '../../program/ports.js';
import { COMPLIANCE_COLUMNS, complianceContactRange, complianceRows } from './domain/compliance-rows.js';
import { CONTACT_COLUMNS, contactRows } from './domain/contact-rows.js';
import { CONCERN_COLUMNS, concernRows } from './domain/concern.js';
import type { ConcernStore } from './ports.js';

type ContactTablesDeps = { readonly config: Config; readonly roster: RosterStore; readonly contacts: ContactStore; readonly concerns: ConcernStore };

/** The contacts' kinds of export, as the feature module declares them (known without building the feature). */
export function contactExportKinds(labels: { readonly contacts: string; readonly compliance: string; readonly concerns: string }) {
  return {
    contacts: { kind: 'contacts', label: labels.contacts, order: 10, header: CONTACT_COLUMNS },
    compliance: { kind: 'compliance', label: labels.compliance, order: 30, header: COMPLIANCE_COLUMNS },
    concerns: { kind: 'concerns', label: labels.concerns, order: 35, header: CONCERN_COLUMNS },
  } satisfies Record<string, ExportKind>;
}

/** The contacts' exports: every contact, compliance by month and semester, and concerns without their notes (a few bulk queries, then pure rows). */
export function createContactExportTables(deps: ContactTablesDeps, kinds: ReturnType<typeof contactExportKinds>): ExportTable[] {
  const { calendar } = deps.config;
  return exportTablesFor(kinds, {
    async contacts(months) {
      const contacts = await deps.contacts.findBetween(programMonth(months.from, calendar).from, programMonth(months.to, calendar).to);
      const people = await peopleById(deps.roster, contacts.flatMap((c) => [c.mentorId, ...c.menteeIds]));
      return contactRows(contacts, people);
    },
    async compliance(months) {
      const keys = monthsBetween(months.from, months.to);
      const span = monthSpan(months.from, months.to, calendar);
      const [memberships, groups] = await Promise.all([
        deps.roster.findMemberships({ overlapping: { from: span.start, to: span.end } }).then((all) => all.filter((m) => m.role === 'mentee')),
        deps.roster.findGroups(),
      ]);
      const mentees = new Set(memberships.map((m) => m.personId));
      const range = complianceContactRange(keys, calendar);
      // Read by dates, kept by mentee here: the months' mentees are most of the program, and a query naming thousands
      // of them costs more than the reading (FerretDB matches an $in list document by document).
      const [contacts, people] = await Promise.all([
        mentees.size === 0 ? [] : deps.contacts.findBetween(range.from, range.to).then((all) => all.filter((c) => c.menteeIds.some((id) => mentees.has(id)))),
        peopleById(deps.roster, mentees),
      ]);
      return complianceRows({ months: keys, calendar, people, groups, memberships, contacts });
    },
    async concerns(months) {
      return concernRows(await deps.concerns.findBetween(programMonth(months.from, calendar).from, programMonth(months.to, calendar).to));
    },
  });
}
