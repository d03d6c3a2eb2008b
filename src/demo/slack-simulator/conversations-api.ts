import { BOT, type ApiMethods, type FakeChannel, type FakeWorkspace } from './fake-workspace.js';

/** Seeds a channel (private, empty and without purpose unless told). */
export function addChannelTo(ws: FakeWorkspace, channel: Partial<FakeChannel> & { id: string; name: string }): FakeChannel {
  const full: FakeChannel = { isPrivate: true, isIm: false, isMpim: false, members: [], purpose: '', topic: '', ...channel };
  ws.channels.set(full.id, full);
  return full;
}

/** How a channel looks in the conversations.* answers. */
export function channelObjectOf(channel: FakeChannel) {
  return {
    id: channel.id,
    name: channel.name,
    is_channel: !channel.isPrivate && !channel.isIm && !channel.isMpim,
    is_group: channel.isPrivate,
    is_private: channel.isPrivate,
    is_im: channel.isIm,
    is_mpim: channel.isMpim,
    is_member: channel.members.includes(BOT.userId),
    is_archived: channel.isArchived === true,
    purpose: { value: channel.purpose },
    topic: { value: channel.topic },
    num_members: channel.members.length,
    ...(channel.creator === undefined ? {} : { creator: channel.creator }),
  };
}

/** conversations.create, invite, kick, open, info, members, setPurpose, list and history. */
export function conversationsApi(ws: FakeWorkspace): ApiMethods {
  return {
    'conversations.create': (args) => {
      const name = String(args['name'] ?? '');
      if (name === '') return { ok: false, error: 'invalid_name_required' };
      if (name.length > 80) return { ok: false, error: 'invalid_name_maxlength' };
      if (!/^[a-z0-9_-]+$/.test(name)) return { ok: false, error: 'invalid_name_specials' };
      if ([...ws.channels.values()].some((c) => c.name === name)) return { ok: false, error: 'name_taken' };
      const channel = addChannelTo(ws, { id: `C${String(ws.nextSeq()).padStart(8, '0')}`, name, isPrivate: args['is_private'] === true || args['is_private'] === 'true', members: [BOT.userId], creator: BOT.userId });
      return { ok: true, channel: channelObjectOf(channel) };
    },
    'conversations.invite': (args) => {
      const channel = ws.channels.get(String(args['channel']));
      if (channel === undefined) return { ok: false, error: 'channel_not_found' };
      if (!channel.members.includes(BOT.userId)) return { ok: false, error: 'not_in_channel' };
      const users = csv(args['users']);
      if (users.length === 0) return { ok: false, error: 'no_user' };
      const errors: { user: string; ok: false; error: string }[] = [];
      for (const user of users) {
        if (user === BOT.userId) errors.push({ user, ok: false, error: 'cant_invite_self' });
        else if (!ws.users.has(user)) errors.push({ user, ok: false, error: 'user_not_found' });
        else if (channel.members.includes(user)) errors.push({ user, ok: false, error: 'already_in_channel' });
      }
      for (const user of users) if (ws.users.has(user) && !channel.members.includes(user) && user !== BOT.userId) channel.members.push(user);
      if (errors.length > 0 && args['force'] !== true && args['force'] !== 'true') {
        return { ok: false, error: errors[0]!.error, errors };
      }
      return { ok: true, channel: channelObjectOf(channel) };
    },
    // As Slack answers (slack-specs/methods/conversations.kick.json): a private channel the app is not in is not found for it.
    'conversations.kick': (args) => {
      const channel = ws.channels.get(String(args['channel']));
      if (channel === undefined || (channel.isPrivate && !channel.members.includes(BOT.userId))) return { ok: false, error: 'channel_not_found' };
      if (channel.isIm || channel.isMpim) return { ok: false, error: 'method_not_supported_for_channel_type' };
      const user = String(args['user'] ?? '');
      if (user === BOT.userId) return { ok: false, error: 'cant_kick_self' };
      if (!ws.users.has(user)) return { ok: false, error: 'user_not_found' };
      if (channel.name === 'general') return { ok: false, error: 'cant_kick_from_general' };
      if (!channel.members.includes(user)) return { ok: false, error: 'not_in_channel' };
      channel.members = channel.members.filter((m) => m !== user);
      return { ok: true };
    },
    'conversations.open': (args) => {
      const users = csv(args['users']).filter((u) => u !== BOT.userId);
      if (users.length === 0) return { ok: false, error: 'users_list_not_supplied' };
      if (users.length > 8) return { ok: false, error: 'too_many_users' };
      const unknown = users.find((u) => !ws.users.has(u));
      if (unknown !== undefined) return { ok: false, error: 'user_not_found' };
      const members = [...users, BOT.userId].sort();
      const isIm = users.length === 1;
      const existing = [...ws.channels.values()].find((c) => (c.isIm || c.isMpim) && sameMembers(c.members, members));
      if (existing !== undefined) return { ok: true, no_op: true, already_open: true, channel: { id: existing.id } };
      const id = `${isIm ? 'D' : 'G'}${String(ws.nextSeq()).padStart(8, '0')}`;
      addChannelTo(ws, { id, name: isIm ? id : `mpdm-${users.join('--')}-1`, isPrivate: !isIm, isIm, isMpim: !isIm, members });
      return { ok: true, channel: { id } };
    },
    // As Slack answers a bot: a private channel (or DM) it is not in does not exist for it.
    'conversations.info': (args) => {
      const channel = visibleChannel(ws, args['channel']);
      return channel === undefined ? { ok: false, error: 'channel_not_found' } : { ok: true, channel: channelObjectOf(channel) };
    },
    'conversations.members': (args) => {
      const channel = visibleChannel(ws, args['channel']);
      if (channel === undefined) return { ok: false, error: 'channel_not_found' };
      const { page, next } = pageOf(channel.members, args);
      return { ok: true, members: page, response_metadata: { next_cursor: next } };
    },
    'conversations.list': (args) => {
      const types = csv(args['types'] ?? 'public_channel');
      const visible = [...ws.channels.values()].filter(
        (c) =>
          (types.includes('public_channel') && !c.isPrivate && !c.isIm && !c.isMpim) ||
          (types.includes('private_channel') && c.isPrivate && !c.isMpim && c.members.includes(BOT.userId)) ||
          (types.includes('im') && c.isIm) ||
          (types.includes('mpim') && c.isMpim && c.members.includes(BOT.userId)),
      );
      const { page, next } = pageOf(visible, args);
      return { ok: true, channels: page.map(channelObjectOf), response_metadata: { next_cursor: next } };
    },
    'conversations.history': (args) => {
      const channel = ws.channels.get(String(args['channel']));
      if (channel === undefined) return { ok: false, error: 'channel_not_found' };
      if (!channel.members.includes(BOT.userId)) return { ok: false, error: 'not_in_channel' };
      const oldest = Number(args['oldest'] ?? 0);
      const latest = args['latest'] === undefined ? Infinity : Number(args['latest']);
      const withMetadata = args['include_all_metadata'] === true;
      const inRange = ws.messages
        .filter((m) => m.channel === channel.id && m.ephemeralUser === undefined && m.threadTs === undefined && Number(m.ts) > oldest && Number(m.ts) < latest)
        .reverse();
      const { page, next } = pageOf(inRange, args);
      const messages = page.map((m) => ({
        type: 'message',
        ts: m.ts,
        text: m.text,
        bot_id: BOT.botId,
        ...(withMetadata && m.metadata !== undefined ? { metadata: m.metadata } : {}),
      }));
      return { ok: true, messages, has_more: next !== '', response_metadata: { next_cursor: next } };
    },
    'conversations.setPurpose': (args) => {
      const channel = ws.channels.get(String(args['channel']));
      if (channel === undefined) return { ok: false, error: 'channel_not_found' };
      const purpose = String(args['purpose'] ?? '');
      if (purpose.length > 250) return { ok: false, error: 'too_long' };
      channel.purpose = purpose;
      return { ok: true, channel: channelObjectOf(channel) };
    },
  };
}

/** The channel as the bot may see it: public ones always, private ones and DMs only when it is in them. */
function visibleChannel(ws: FakeWorkspace, id: unknown): FakeChannel | undefined {
  const channel = ws.channels.get(String(id));
  return channel === undefined || ((channel.isPrivate || channel.isIm) && !channel.members.includes(BOT.userId)) ? undefined : channel;
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((m, i) => m === [...b].sort()[i]);
}

function csv(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** One page of a list: `limit` (default 100) from the `cursor` (an offset here). */
function pageOf<T>(items: readonly T[], args: Record<string, unknown>): { page: T[]; next: string } {
  const limit = Math.max(1, Math.min(1_000, Number(args['limit'] ?? 100)));
  const from = Number(args['cursor'] ?? 0) || 0;
  const page = items.slice(from, from + limit);
  return { page, next: from + limit < items.length ? String(from + limit) : '' };
}
