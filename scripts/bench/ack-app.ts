/**
 * The app under `npm run bench -- ack`, in a process of its own (so that the load generator does not share its event
 * loop): `full` is Peer Mentor's composition root over HTTP; `bare` is a bare Bolt app on the same Slack and database
 * that does the least each command must (help: the ack; the quick check-in: ack, one insert, the reply; the request
 * form: ack, views.open). Both read their settings from the environment the benchmark gives, and print `PORT <n>`
 * once they take requests. SIGTERM stops them.
 */
import type { Server } from 'node:http';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { createLogger } from '../../src/log/logger.js';
import { startPeerMentor } from '../../src/main.js';
import { connectDatabase } from '../../src/program/store/database.js';

const env = process.env;

async function startFull(): Promise<{ port: number; stop(): Promise<void> }> {
  const running = await startPeerMentor(env);
  return { port: running.port, stop: () => running.stop() };
}

async function startBare(): Promise<{ port: number; stop(): Promise<void> }> {
  const logger = createLogger({ level: 'warn', json: true, secrets: [] });
  const database = await connectDatabase({ uri: env['MONGODB_URI'], dataDir: '.data', logger });
  const contacts = database.connection.collection('bare_bolt_contacts');
  const receiver = new HTTPReceiver({ signingSecret: env['SLACK_SIGNING_SECRET']!, endpoints: ['/slack/events'] });
  const app = new App({
    receiver,
    token: env['SLACK_BOT_TOKEN'],
    botId: 'B0PEERMENT',
    botUserId: 'U0PEERMENT',
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: env['SLACK_API_URL'], retryConfig: { retries: 0 } },
  });
  app.command('/mentor-checkin', async ({ ack, command, respond }) => {
    if (command.text === 'help') {
      await ack({ response_type: 'ephemeral', text: '/mentor-checkin — for mentors: record a contact with your mentees.' });
      return;
    }
    await ack();
    await contacts.insertOne({ mentorId: command.user_id, sourceKey: `command:${command.trigger_id}`, at: new Date() });
    await respond({ response_type: 'ephemeral', text: ':white_check_mark: Logged.' });
  });
  app.command('/mentor-request', async ({ ack, command, client }) => {
    await ack();
    await client.views.open({
      trigger_id: command.trigger_id,
      view: { type: 'modal', callback_id: 'request_submit', title: { type: 'plain_text', text: 'Ask for help' }, blocks: [] },
    });
  });
  const server = (await app.start(0)) as Server;
  const address = server.address();
  return {
    port: typeof address === 'object' && address !== null ? address.port : 0,
    async stop() {
      await app.stop();
      await database.close();
    },
  };
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  if (mode !== 'full' && mode !== 'bare') throw new Error('usage: ack-app.ts full|bare');
  const app = mode === 'full' ? await startFull() : await startBare();
  process.stdout.write(`PORT ${app.port}\n`);
  process.once('SIGTERM', () => {
    void app.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
