import { WebAPIPlatformError, type WebClient } from '@slack/web-api';

/** Why an uploaded file could not be read as text. */
export type UnreadableUpload = 'too_large' | 'not_text' | 'unavailable';

/** Files people upload to the app in a form's file input (a roster, an edited match). */
export interface UploadedFiles {
  /** The text of an uploaded file of at most `maxBytes`. */
  readText(fileId: string, maxBytes: number): Promise<{ readonly status: 'ok'; readonly text: string } | { readonly status: UnreadableUpload }>;
}

/** files.info answers meaning the file is gone or not ours to read. */
const GONE = new Set(['file_not_found', 'file_deleted', 'access_denied', 'not_visible']);

/**
 * Reads files people upload to the app: files.info for the file's size and private download URL, then the download
 * with the bot token. The token is sent only to Slack's own hosts (or to the Web API's host, e.g. a local fake).
 */
export function createUploadedFiles(client: WebClient): UploadedFiles {
  const apiOrigin = new URL(client.slackApiUrl).origin;
  const mayReceiveToken = (url: URL) =>
    url.origin === apiOrigin || (url.protocol === 'https:' && (url.hostname === 'slack.com' || url.hostname.endsWith('.slack.com')));
  return {
    async readText(fileId, maxBytes) {
      let file;
      try {
        ({ file } = await client.files.info({ file: fileId }));
      } catch (error) {
        if (error instanceof WebAPIPlatformError && GONE.has(error.data.error)) return { status: 'unavailable' };
        throw error;
      }
      if (file?.url_private_download === undefined) return { status: 'unavailable' };
      if ((file.size ?? 0) > maxBytes) return { status: 'too_large' };
      const url = new URL(file.url_private_download);
      if (!mayReceiveToken(url)) return { status: 'unavailable' };
      const response = await fetch(url, { headers: { authorization: `Bearer ${client.token ?? ''}` }, redirect: 'error' });
      if (!response.ok) return { status: 'unavailable' };
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.byteLength > maxBytes) return { status: 'too_large' };
      if (bytes.includes(0)) return { status: 'not_text' };
      try {
        return { status: 'ok', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
      } catch {
        return { status: 'not_text' };
      }
    },
  };
}
