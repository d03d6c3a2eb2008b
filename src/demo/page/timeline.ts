import { dateInZone } from '../../program/calendar-date.js';
import type { DemoRecord } from '../demo-record.js';
import type { FakeMessage } from '../slack-simulator/fake-workspace.js';
import { dmPartner, homePublishes, modalsOf } from './received.js';

/** Who saw a message the app sent: one person in a DM, one person only (ephemeral), or a channel's members. */
export type Audience = { readonly kind: 'dm'; readonly user: string } | { readonly kind: 'ephemeral'; readonly user: string } | { readonly kind: 'channel'; readonly channel: string };

/** One line of the timeline. */
export type TimelineEntry =
  | { readonly kind: 'story'; readonly at: number; readonly actor: string; readonly text: string }
  | { readonly kind: 'message'; readonly at: number; readonly audience: Audience; readonly message: FakeMessage }
  | { readonly kind: 'modal'; readonly at: number; readonly user: string; readonly title: string }
  /** The day's Home tab publishes, summarized: how many people, how many publishes, from the first to the last. */
  | { readonly kind: 'home'; readonly at: number; readonly until: number; readonly people: number; readonly publishes: number };

export interface TimelineDay {
  /** YYYY-MM-DD in the record's zone. */
  readonly date: string;
  readonly entries: readonly TimelineEntry[];
}

function audienceOf(record: DemoRecord, message: FakeMessage): Audience {
  if (message.ephemeralUser !== undefined) return { kind: 'ephemeral', user: message.ephemeralUser };
  const partner = dmPartner(record.slack.channels.get(message.channel));
  return partner === undefined ? { kind: 'channel', channel: message.channel } : { kind: 'dm', user: partner };
}

/** The Home publishes of each day, one summary entry per day. */
function homeEntries(record: DemoRecord): TimelineEntry[] {
  const days = new Map<string, { at: number; until: number; people: Set<string>; publishes: number }>();
  for (const publish of homePublishes(record.slack)) {
    const date = dateInZone(new Date(publish.at), record.zone);
    const day = days.get(date) ?? { at: publish.at, until: publish.at, people: new Set<string>(), publishes: 0 };
    day.at = Math.min(day.at, publish.at);
    day.until = Math.max(day.until, publish.at);
    day.people.add(publish.user);
    day.publishes += 1;
    days.set(date, day);
  }
  return [...days.values()].map((d) => ({ kind: 'home', at: d.at, until: d.until, people: d.people.size, publishes: d.publishes }));
}

/** The modal's title, in words. */
export function modalTitle(view: Record<string, unknown>): string {
  const title = view['title'];
  const text = typeof title === 'object' && title !== null ? (title as { text?: unknown }).text : undefined;
  return typeof text === 'string' && text !== '' ? text : 'a form';
}

/**
 * The semester by day (in the record's zone, oldest first): what the sample people did, interleaved by time with what
 * the app sent (messages, modals, and each day's Home tab publishes in one line). Entries at the same time keep the
 * story first, as what someone did comes before the app's answer.
 */
export function timelineOf(record: DemoRecord): TimelineDay[] {
  const entries: TimelineEntry[] = [
    ...record.story.map((e) => ({ kind: 'story' as const, at: e.at, actor: e.actor, text: e.text })),
    ...record.slack.messages.map((message) => ({ kind: 'message' as const, at: message.at, audience: audienceOf(record, message), message })),
    ...modalsOf(record.slack).flatMap(({ user, shown }) => (user === undefined || shown.at === undefined ? [] : [{ kind: 'modal' as const, at: shown.at, user, title: modalTitle(shown.view) }])),
    ...homeEntries(record),
  ];
  const rank = (e: TimelineEntry) => (e.kind === 'story' ? 0 : 1);
  // A stable sort: the app's messages keep the order they were posted in.
  entries.sort((a, b) => a.at - b.at || rank(a) - rank(b));
  const days = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const date = dateInZone(new Date(entry.at), record.zone);
    const day = days.get(date) ?? [];
    day.push(entry);
    days.set(date, day);
  }
  return [...days].map(([date, dayEntries]) => ({ date, entries: dayEntries })).sort((a, b) => a.date.localeCompare(b.date));
}
