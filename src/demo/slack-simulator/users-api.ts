import { BOT, type ApiMethods, type FakeUser, type FakeWorkspace } from './fake-workspace.js';

/** auth.test (the bot token's identity), users.info and users.lookupByEmail. */
export function usersApi(ws: FakeWorkspace): ApiMethods {
  return {
    'auth.test': () => ({ ok: true, url: 'https://peer-med.slack.com/', team: 'Peer Med', user: 'peer-mentor', team_id: BOT.teamId, user_id: BOT.userId, bot_id: BOT.botId }),
    'users.info': (args) => {
      const user = ws.users.get(String(args['user']));
      return user === undefined ? { ok: false, error: 'user_not_found' } : { ok: true, user: userObject(user) };
    },
    'users.lookupByEmail': (args) => {
      const email = String(args['email'] ?? '').toLowerCase();
      const user = [...ws.users.values()].find((u) => u.email?.toLowerCase() === email);
      return user === undefined ? { ok: false, error: 'users_not_found' } : { ok: true, user: userObject(user) };
    },
  };
}

/** A user as users.info describes them. */
function userObject(user: FakeUser) {
  return {
    id: user.id,
    team_id: BOT.teamId,
    name: user.name,
    real_name: user.name,
    deleted: user.deleted ?? false,
    is_bot: user.isBot ?? false,
    tz: user.tz ?? 'America/New_York',
    tz_label: user.tz ?? 'America/New_York',
    tz_offset: 0,
    profile: { real_name: user.name, display_name: user.name, ...(user.email ? { email: user.email } : {}) },
  };
}
