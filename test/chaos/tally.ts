import type { Connection } from 'mongoose';
import type { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import type { FakeMessage } from '../../src/demo/slack-simulator/fake-workspace.js';

/** The metadata event type the app tags what it posts under a claim with (src/delivery/slack/messenger.ts). */
const SEND_TAG_EVENT = 'peer_mentor_send';

/** What the fake Slack's log says was posted, counted by the tag each post carries. */
export interface Tally {
  /** Posts by tag, the run's own ids (request and group ids) replaced by stable names (see `stableNames`). */
  readonly byId: ReadonlyMap<string, number>;
  /** Tags posted more than once, with how often. */
  readonly duplicates: readonly (readonly [string, number])[];
  /** For each tag posted more than once, every chat.postMessage call that carried it: when, and what became of it. */
  readonly duplicateCalls: ReadonlyMap<string, readonly string[]>;
  /** Posts without a tag (sent outside any claim: nothing could stop a second one). */
  readonly untagged: readonly FakeMessage[];
  /** Distinct tags by kind of send. */
  readonly perKind: ReadonlyMap<string, number>;
  /** Channels the app created, by name. */
  readonly channels: readonly string[];
}

/**
 * Each request's id as its mentee (`req:U0…`) and each group's id as its name (`group:Cohort-aaa`), so that the tags
 * of two runs of the same program can be compared. A run sends one request per mentee.
 */
export async function stableNames(connection: Connection): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const r of await connection.collection('requests').find({}, { projection: { menteeId: 1 } }).toArray()) names.set(String(r._id), `req:${String(r['menteeId'])}`);
  for (const g of await connection.collection('groups').find({}, { projection: { name: 1 } }).toArray()) names.set(String(g._id), `group:${String(g['name'])}`);
  return names;
}

export function tally(slack: FakeSlack, names: ReadonlyMap<string, string>): Tally {
  const byId = new Map<string, number>();
  const untagged: FakeMessage[] = [];
  for (const message of slack.messages) {
    if (message.ephemeralUser !== undefined) continue;
    const id = message.metadata?.event_type === SEND_TAG_EVENT ? message.metadata.event_payload['id'] : undefined;
    if (typeof id !== 'string') {
      untagged.push(message);
      continue;
    }
    const stable = stableId(id, names);
    byId.set(stable, (byId.get(stable) ?? 0) + 1);
  }
  const perKind = new Map<string, number>();
  for (const id of byId.keys()) perKind.set(kindOf(id), (perKind.get(kindOf(id)) ?? 0) + 1);
  const channels = [...slack.channels.values()].filter((c) => c.creator === slack.bot.userId).map((c) => c.name);
  const duplicates = [...byId].filter(([, n]) => n > 1);
  return {
    byId,
    duplicates,
    duplicateCalls: callsCarrying(slack, new Set(duplicates.map(([id]) => id)), names),
    untagged,
    perKind: new Map([...perKind].sort(([a], [b]) => a.localeCompare(b))),
    channels,
  };
}

/** The chat.postMessage calls carrying each of `ids` (stable tags), as `08:10:00.051 posted, answer lost` lines. */
function callsCarrying(slack: FakeSlack, ids: ReadonlySet<string>, names: ReadonlyMap<string, string>): Map<string, string[]> {
  const calls = new Map<string, string[]>();
  if (ids.size === 0) return calls;
  for (const call of slack.calls) {
    if (call.method !== 'chat.postMessage') continue;
    const raw = call.args['metadata'];
    const metadata = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { event_payload?: { id?: unknown } } | undefined;
    const id = typeof metadata?.event_payload?.id === 'string' ? stableId(metadata.event_payload.id, names) : undefined;
    if (id === undefined || !ids.has(id)) continue;
    const outcome = call.ok ? (call.lostAs === undefined ? 'posted' : `posted, answered ${call.lostAs}`) : `refused: ${call.error ?? '?'}`;
    calls.set(id, [...(calls.get(id) ?? []), `${new Date(call.at).toISOString().slice(11, 23)} ${outcome}`]);
  }
  return calls;
}

function stableId(id: string, names: ReadonlyMap<string, string>): string {
  return id.replace(/\b[0-9a-f]{24}\b/g, (oid) => names.get(oid) ?? `unknown:${oid}`);
}

/** The kind of send a tag names: its claim key without the ids, e.g. `nudge:request-overdue`, `intro:dm`, `digest part`. */
export function kindOf(id: string): string {
  const key = id.replace(/#\d+$/, '');
  const parts = key.split(':');
  if (parts[0] === 'intro') return `intro:${parts[3] ?? '?'}`;
  if (parts[0] === 'nudge') return `nudge:${parts[1] ?? '?'}`;
  if (parts[0] === 'request') return `request:${parts[3] ?? '?'}`;
  if (parts[0] === 'digest' || parts[0] === 'digest-admin') return key.includes(':part:') ? `${parts[0]} part` : parts[0];
  return parts[0] ?? key;
}

/** Tags of `expected` missing from `actual`, and tags of `actual` that `expected` does not have. */
export function compareIds(expected: Tally, actual: Tally): { missing: string[]; extra: string[] } {
  return {
    missing: [...expected.byId.keys()].filter((id) => !actual.byId.has(id)).sort(),
    extra: [...actual.byId.keys()].filter((id) => !expected.byId.has(id)).sort(),
  };
}
