import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/slack/commands.js';

interface Manifest {
  features: { slash_commands: { command: string; url: string; should_escape?: boolean }[]; app_home: { home_tab_enabled: boolean; messages_tab_read_only_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string } };
}

const manifest = parse(readFileSync('manifest.yml', 'utf8')) as Manifest;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}
// The app's own code: the demo's Slack simulator and pages answer Slack's calls (its maps of users, files and views
// read like Web API calls) and make none.
const slackSource = sourceFiles('src')
  .filter((f) => !f.split(path.sep).includes('demo'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

/** Bot scopes each Web API method needs (SLACK.md §4; methods with none map to []). */
const SCOPES_BY_METHOD: Record<string, readonly string[]> = {
  'auth.test': [],
  'views.open': [],
  'views.push': [],
  'views.update': [],
  'views.publish': [],
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  // The bot's own messages only (a forgotten person's cards): chat:write covers it.
  'chat.delete': ['chat:write'],
  'conversations.create': ['groups:write'],
  'conversations.invite': ['groups:write'],
  'conversations.kick': ['groups:write'],
  'conversations.setPurpose': ['groups:write'],
  // SWITCH_ADMIN_CHANNEL's check reads it whether private or (so that the app can say so) public.
  'conversations.info': ['groups:read', 'channels:read'],
  'conversations.members': ['groups:read', 'channels:read'],
  'conversations.list': ['groups:read'],
  // Looking for a message an earlier attempt may have posted: in a DM, a group DM, a group's channel or an admin channel.
  'conversations.history': ['im:history', 'mpim:history', 'groups:history', 'channels:history'],
  'conversations.open': ['im:write', 'mpim:write'],
  'users.info': ['users:read'],
  'users.lookupByEmail': ['users:read', 'users:read.email'],
  'files.getUploadURLExternal': ['files:write'],
  'files.completeUploadExternal': ['files:write'],
  'files.uploadV2': ['files:write'],
  'files.info': ['files:read'],
};
/** Events and the scopes they need. */
const SCOPES_BY_EVENT: Record<string, readonly string[]> = {
  app_home_opened: [],
  'message.mpim': ['mpim:history'],
  'message.im': ['im:history'],
  'message.groups': ['groups:history'],
  member_joined_channel: ['groups:read'],
};

describe('manifest.yml', () => {
  it('is a valid Slack app manifest (Slack’s own JSON schema, major version 1)', () => {
    const schema = JSON.parse(readFileSync('test/fixtures/slack-manifest.schema.1.0.0.json', 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const valid = validate(manifest);
    expect(validate.errors ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
  });

  it('declares exactly the commands the app registers, at the events URL', () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...COMMANDS].sort());
    for (const command of manifest.features.slash_commands) expect(command.url).toBe('https://YOUR-HOST/slack/events');
  });

  it('subscribes to exactly the events the code listens to', () => {
    const used = new Set<string>();
    for (const match of slackSource.matchAll(/app\.event\(\s*'([a-z_]+)'/g)) used.add(match[1]!);
    // `channel_type: 'mpim'` in a filter, or `channel_type: z.literal('mpim')` in a listener's zod schema.
    for (const match of slackSource.matchAll(/channel_type:\s*(?:z\.literal\(\s*)?'(mpim|im|group)'/g)) used.add(match[1] === 'group' ? 'message.groups' : `message.${match[1]}`);
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...used].sort());
    expect(manifest.settings.event_subscriptions.request_url).toBe('https://YOUR-HOST/slack/events');
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: 'https://YOUR-HOST/slack/events' });
    expect(manifest.features.app_home.home_tab_enabled).toBe(used.has('app_home_opened'));
    // People reply in the threads of the app's DMs (check-in prompts): its Messages tab must let them write.
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(!used.has('message.im'));
  });

  it('asks for exactly the bot scopes the code’s Web API calls and events need', () => {
    const needed = new Set<string>(['commands']);
    const methods = new Set<string>();
    for (const match of slackSource.matchAll(/\.(auth|chat|conversations|users|views|files)\.(\w+)\(/g)) methods.add(`${match[1]}.${match[2]}`);
    // web-api's filesUploadV2 wraps files.getUploadURLExternal and files.completeUploadExternal.
    if (/\.filesUploadV2\(/.test(slackSource)) methods.add('files.uploadV2');
    for (const method of methods) {
      expect(SCOPES_BY_METHOD, `scopes for ${method}`).toHaveProperty([method]);
      for (const scope of SCOPES_BY_METHOD[method]!) needed.add(scope);
    }
    for (const event of manifest.settings.event_subscriptions.bot_events) for (const scope of SCOPES_BY_EVENT[event] ?? ['unknown-event']) needed.add(scope);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it('has Slack escape mentions for /mentor-switch, whose text names a mentee (`<@U…|name>`)', () => {
    expect(manifest.features.slash_commands.find((c) => c.command === '/mentor-switch')?.should_escape).toBe(true);
  });

  it('has Slack escape mentions for /mentor-admin, whose `person` form names a person (`<@U…|name>`)', () => {
    expect(manifest.features.slash_commands.find((c) => c.command === '/mentor-admin')?.should_escape).toBe(true);
  });
});
