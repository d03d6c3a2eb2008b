import type { DemoRecord } from '../demo-record.js';
import type { FakeSlack } from '../slack-simulator/fake-slack.js';
import { BOT, type FakeChannel, type FakeMessage } from '../slack-simulator/fake-workspace.js';
import { asObject } from './block-elements-html.js';
import type { SlackNames } from './mrkdwn-html.js';

/** A Home tab or a modal the app showed someone, and when (ms, simulated), where the simulator's calls tell it. */
export interface ShownView {
  readonly view: Record<string, unknown>;
  readonly at: number | undefined;
}

export interface ChannelPosts {
  readonly channel: FakeChannel;
  readonly messages: readonly FakeMessage[];
}

/** What one person received in Slack: only what was sent to them, or to a channel they are in. */
export interface Received {
  /** The app's messages in its DMs with them, thread replies included, in order. */
  readonly dms: readonly FakeMessage[];
  /** Messages only they saw (ephemeral), wherever they were posted. */
  readonly ephemeral: readonly FakeMessage[];
  /** Posts in the channels they are a member of (DMs excluded), by channel. */
  readonly channels: readonly ChannelPosts[];
  /** The latest Home tab the app published for them. */
  readonly home: ShownView | undefined;
  /** The modals the app opened for them, in order (each as last updated). */
  readonly modals: readonly ShownView[];
}

/** Names for mentions: the sample people's, then anyone else the workspace knows; channels by their names. */
export function namesOf(record: DemoRecord): SlackNames {
  const users = new Map([...record.slack.users.values()].map((u) => [u.id, u.name]));
  for (const person of record.people) users.set(person.id, person.name);
  return { users, channels: new Map([...record.slack.channels.values()].map((c) => [c.id, c.name])) };
}

const byTime = (a: FakeMessage, b: FakeMessage) => a.at - b.at;
const isDmOf = (channel: FakeChannel | undefined, user: string) => channel !== undefined && channel.isIm && channel.members.includes(user);

/** Who a DM channel is with (the member who is not the app), if it is a DM. */
export function dmPartner(channel: FakeChannel | undefined): string | undefined {
  return channel?.isIm === true ? channel.members.find((m) => m !== BOT.userId) : undefined;
}

/** Every modal the app opened, in order, with the time of the views.open or views.push call that opened it. */
export function modalsOf(slack: FakeSlack): { readonly user: string | undefined; readonly shown: ShownView }[] {
  const opens = slack.calls.filter((c) => c.ok && (c.method === 'views.open' || c.method === 'views.push'));
  const timed = opens.length === slack.views.size;
  return [...slack.views.values()].map((entry, i) => ({ user: entry.user, shown: { view: asObject(entry.view), at: timed ? opens[i]?.at : undefined } }));
}

/** Each Home tab publish: for whom and when. */
export function homePublishes(slack: FakeSlack): { readonly user: string; readonly at: number }[] {
  return slack.calls.filter((c) => c.ok && c.method === 'views.publish').map((c) => ({ user: String(c.args['user_id'] ?? ''), at: c.at }));
}

/** What `user` received: their DMs, their ephemeral messages, their channels' posts, their Home tab and their modals. */
export function receivedBy(slack: FakeSlack, user: string): Received {
  const visible = slack.messages.filter((m) => m.ephemeralUser === undefined);
  const dms = visible.filter((m) => isDmOf(slack.channels.get(m.channel), user)).sort(byTime);
  const ephemeral = slack.messages.filter((m) => m.ephemeralUser === user).sort(byTime);
  const channels = [...slack.channels.values()]
    .filter((c) => !c.isIm && c.members.includes(user))
    .map((channel) => ({ channel, messages: visible.filter((m) => m.channel === channel.id).sort(byTime) }))
    .filter((c) => c.messages.length > 0);
  const homes = slack.homeViews.get(user) ?? [];
  const lastPublish = homePublishes(slack).filter((p) => p.user === user).at(-1);
  const home = homes.length === 0 ? undefined : { view: asObject(homes[homes.length - 1]), at: lastPublish?.at };
  const modals = modalsOf(slack).filter((m) => m.user === user).map((m) => m.shown);
  return { dms, ephemeral, channels, home, modals };
}

/** How many messages a person received (DMs, ephemeral, channel posts): the people index's count. */
export function countReceived(received: Received): number {
  return received.dms.length + received.ephemeral.length + received.channels.reduce((n, c) => n + c.messages.length, 0);
}
