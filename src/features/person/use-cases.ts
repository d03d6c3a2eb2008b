import type { Logger } from '../../log/logger.js';
import { countHoldings, retentionCutoff, type PersonalData } from '../../program/personal-data.js';
import type { AdminPolicy } from '../../program/policy.js';
import type { AuditStore, RosterStore, SlackDirectory } from '../../program/ports.js';
import { buildPersonFile, type PersonFile } from './domain/person-file.js';
import type { PersonQuery } from './domain/person-query.js';
import type { PersonSlack } from './ports.js';

export interface PersonDeps {
  readonly roster: Pick<RosterStore, 'findPeople'>;
  readonly directory: Pick<SlackDirectory, 'findByEmails'>;
  readonly admins: Pick<AdminPolicy, 'isAdmin'>;
  readonly audit: AuditStore;
  readonly logger: Logger;
  readonly slack: PersonSlack;
  /** Every store's share of a person's record, read when used (every feature is built by then). */
  readonly personalData: () => readonly PersonalData[];
  readonly retentionMonths: number;
  /** Tells the features that keep read models (Home, check-ins) that the program's record changed underneath them. */
  readonly programChanged: () => void;
}

/** What is held about a person: their name (when the roster has them), records by kind, and the app's messages that carry their words. */
export interface PersonSummary {
  readonly personId: string;
  readonly name: string | undefined;
  readonly counts: Readonly<Record<string, number>>;
  readonly messages: number;
}

/** What a forget did. */
export interface ForgetResult {
  readonly messagesDeleted: number;
  readonly recordsChanged: number;
}

type Allowed<T> = { readonly allowed: false } | ({ readonly allowed: true } & T);

/**
 * A person's record (`/mentor-admin person`, `npm run person`): find them, sum up what is held, send it as JSON, or
 * forget them; and retention, the daily blanking of old free text. The Slack paths check that the actor is an admin;
 * the command line is the operator's. Exports and forgets are recorded in the audit trail.
 */
export function createPersonUseCases(deps: PersonDeps) {
  const all = () => deps.personalData();

  async function summarizePerson(personId: string): Promise<PersonSummary> {
    const [people, holdings, messages] = await Promise.all([deps.roster.findPeople([personId]), Promise.all(all().map((d) => d.holdings(personId))), messagesOf(personId)]);
    return { personId, name: people[0]?.name, counts: countHoldings(holdings), messages: messages.length };
  }

  async function messagesOf(personId: string) {
    return (await Promise.all(all().map((d) => d.messages?.(personId) ?? []))).flat();
  }

  async function buildFile(personId: string, now: Date): Promise<PersonFile> {
    return buildPersonFile(personId, await Promise.all(all().map((d) => d.holdings(personId))), now);
  }

  async function exportPerson(actor: string, personId: string, now: Date): Promise<PersonFile> {
    const file = await buildFile(personId, now);
    await deps.audit.record({ at: now, actor, action: 'person-export', subject: personId });
    return file;
  }

  /**
   * Deletes the app's messages that carry the person's words, then (only then) erases their words and scores and gives
   * them a number, store by store. Each step is idempotent: run again after a failure, it finds the messages whose words
   * are still stored and finishes the work (a message already gone counts as done).
   */
  async function forgetPerson(actor: string, personId: string, now: Date): Promise<ForgetResult> {
    let messagesDeleted = 0;
    for (const location of await messagesOf(personId)) if ((await deps.slack.deleteMessage(location)) === 'deleted') messagesDeleted += 1;
    let recordsChanged = 0;
    for (const data of all()) recordsChanged += await data.forget(personId);
    deps.programChanged();
    await deps.audit.record({ at: now, actor, action: 'person-forget', subject: personId, detail: `${recordsChanged} records, ${messagesDeleted} messages` });
    deps.logger.info('person forgotten', { recordsChanged, messagesDeleted });
    return { messagesDeleted, recordsChanged };
  }

  const asAdmin =
    <A extends unknown[], T>(work: (actor: string, ...args: A) => Promise<T>) =>
    async (actor: string, ...args: A): Promise<Allowed<{ readonly value: T }>> =>
      (await deps.admins.isAdmin(actor)) ? { allowed: true, value: await work(actor, ...args) } : { allowed: false };

  return {
    /** Every store's share of a person's record (what each covers, for the test that every text field is). */
    personalData: all,
    /** The person's Slack id: the id named, or the one of the roster's (then Slack's) account with that e-mail. */
    async findPerson(query: PersonQuery): Promise<string | undefined> {
      if (query.kind === 'id') return query.id;
      const listed = (await deps.roster.findPeople()).find((p) => p.email?.toLowerCase() === query.email);
      if (listed !== undefined) return listed.id;
      return (await deps.directory.findByEmails([query.email])).get(query.email)?.id;
    },
    summarizePerson,
    /** The command line's: the file, recorded as exported by `actor`. */
    exportPerson,
    forgetPerson,
    /** For an admin in Slack: the summary. */
    summarizePersonFor: asAdmin((_actor: string, personId: string) => summarizePerson(personId)),
    /** For an admin in Slack: the file, sent into their DM. */
    sendPersonExport: asAdmin(async (actor: string, personId: string, now: Date) => {
      const file = await exportPerson(actor, personId, now);
      await deps.slack.sendFile(actor, file);
      return file;
    }),
    /** For an admin in Slack: forgets the person. */
    forgetPersonFor: asAdmin(forgetPerson),
    /** Job `retention`: blanks the free text of records older than the retention period, in every store. */
    async expireFreeText(now: Date): Promise<{ blanked: number }> {
      const cutoff = retentionCutoff(now, deps.retentionMonths);
      let blanked = 0;
      for (const data of all()) blanked += await data.expire(cutoff);
      if (blanked > 0) deps.programChanged();
      return { blanked };
    },
  };
}

export type PersonUseCases = ReturnType<typeof createPersonUseCases>;
