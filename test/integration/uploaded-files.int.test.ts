import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUploadedFiles } from '../../src/slack/uploaded-files.js';
import { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';

describe('reading files uploaded to Slack', () => {
  let slack: FakeSlack;
  let elsewhere: Server;
  let elsewhereHits: { authorization: string | undefined }[];
  let elsewhereUrl: string;
  beforeAll(async () => {
    slack = await new FakeSlack().start();
    elsewhereHits = [];
    elsewhere = createServer((req, res) => {
      elsewhereHits.push({ authorization: req.headers.authorization });
      res.end('email,name\n');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/roster.csv`;
  });
  afterAll(async () => {
    await slack?.stop();
    await new Promise<void>((resolve) => elsewhere?.close(() => resolve()));
  });

  const files = () => createUploadedFiles(new WebClient(slack.token, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } }));

  it('reads a UTF-8 text file with the bot token', async () => {
    slack.addFile({ id: 'F0TEXT0001', name: 'roster.csv', content: '\uFEFFname,role\nAdé,mentee\n' });
    // The decoder drops the byte-order mark (the CSV reader would skip it anyway).
    expect(await files().readText('F0TEXT0001', 1_000)).toEqual({ status: 'ok', text: 'name,role\nAdé,mentee\n' });
    expect(slack.calls.filter((c) => c.method === 'files.download').map((c) => c.ok)).toEqual([true]);
  });

  it('refuses a file larger than the limit without downloading it', async () => {
    slack.addFile({ id: 'F0LARGE001', name: 'big.csv', content: 'x'.repeat(2_000) });
    const before = slack.calls.filter((c) => c.method === 'files.download').length;
    expect(await files().readText('F0LARGE001', 1_000)).toEqual({ status: 'too_large' });
    expect(slack.calls.filter((c) => c.method === 'files.download')).toHaveLength(before);
  });

  it('tells binary and non-UTF-8 files apart from text', async () => {
    slack.addFile({ id: 'F0LATIN001', name: 'latin1.csv', content: Buffer.from([0x41, 0xe9, 0x0a]) });
    expect(await files().readText('F0LATIN001', 1_000)).toEqual({ status: 'not_text' });
  });

  it('answers unavailable for a file Slack does not have', async () => {
    expect(await files().readText('F0MISSING1', 1_000)).toEqual({ status: 'unavailable' });
  });

  it('never sends the bot token to a host that is neither Slack nor the Web API’s', async () => {
    const api = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, file: { id: 'F0ELSEWHERE', size: 10, url_private_download: elsewhereUrl } }));
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    try {
      const client = new WebClient(slack.token, { slackApiUrl: `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/`, retryConfig: { retries: 0 } });
      expect(await createUploadedFiles(client).readText('F0ELSEWHERE', 1_000)).toEqual({ status: 'unavailable' });
      expect(elsewhereHits).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => api.close(() => resolve()));
    }
  });
});
