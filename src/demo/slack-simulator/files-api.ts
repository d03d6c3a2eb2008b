import type { IncomingMessage, ServerResponse } from 'node:http';
import { BOT, type ApiMethods, type FakeFile, type FakeUpload, type FakeWorkspace } from './fake-workspace.js';
import { bearerToken, send } from './http-io.js';

/** Seeds an uploaded file; `files.info` describes it and its `url_private_download` serves it to the bot token. */
export function addFileTo(ws: FakeWorkspace, file: { id: string; name: string; content: string | Buffer; filetype?: string; user?: string }): FakeFile {
  const full: FakeFile = {
    id: file.id,
    name: file.name,
    filetype: file.filetype ?? (file.name.split('.').pop() ?? 'text'),
    content: typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content,
    user: file.user,
  };
  ws.files.set(full.id, full);
  return full;
}

/** How a file object looks in files.info and in a view_submission's `files`. */
export function fileObjectOf(ws: FakeWorkspace, file: FakeFile): Record<string, unknown> {
  const url = `${ws.origin()}/files/${file.id}/${encodeURIComponent(file.name)}`;
  return {
    id: file.id,
    name: file.name,
    title: file.name,
    filetype: file.filetype,
    mimetype: file.filetype === 'csv' ? 'text/csv' : 'text/plain',
    size: file.content.byteLength,
    user: file.user ?? '',
    url_private: url,
    url_private_download: url,
  };
}

/** files.info, and the external upload: files.getUploadURLExternal, then the bytes, then files.completeUploadExternal. */
export function filesApi(ws: FakeWorkspace): ApiMethods {
  return {
    'files.info': (args) => {
      const file = ws.files.get(String(args['file'] ?? ''));
      return file === undefined ? { ok: false, error: 'file_not_found' } : { ok: true, file: fileObjectOf(ws, file) };
    },
    'files.getUploadURLExternal': (args) => {
      const filename = String(args['filename'] ?? '');
      const length = Number(args['length']);
      if (filename === '' || !Number.isInteger(length) || length < 0) return { ok: false, error: 'invalid_arguments' };
      const fileId = `F${String(ws.nextSeq()).padStart(8, '0')}`;
      ws.pendingUploads.set(fileId, { filename, length, content: undefined });
      return { ok: true, upload_url: `${ws.origin()}/upload/${fileId}`, file_id: fileId };
    },
    'files.completeUploadExternal': (args) => {
      const files = Array.isArray(args['files']) ? (args['files'] as { id?: string; title?: string }[]) : [];
      if (files.length === 0) return { ok: false, error: 'invalid_arguments' };
      const channelId = args['channel_id'] === undefined ? undefined : String(args['channel_id']);
      const channel = channelId === undefined ? undefined : ws.channels.get(channelId);
      if (channelId !== undefined && channel === undefined) return { ok: false, error: 'channel_not_found' };
      if (channel !== undefined && !channel.members.includes(BOT.userId)) return { ok: false, error: 'not_in_channel' };
      for (const file of files) {
        const pending = ws.pendingUploads.get(String(file.id));
        if (pending?.content === undefined) return { ok: false, error: 'file_not_found' };
        if (pending.content.byteLength !== pending.length) return { ok: false, error: 'file_upload_size_mismatch' };
      }
      const comment = args['initial_comment'] === undefined ? undefined : String(args['initial_comment']);
      const shared = files.map((file) => {
        const id = String(file.id);
        const pending = ws.pendingUploads.get(id)!;
        ws.pendingUploads.delete(id);
        const upload: FakeUpload = { fileId: id, filename: pending.filename, title: file.title, content: pending.content!, channel: channelId, initialComment: comment };
        ws.uploads.push(upload);
        addFileTo(ws, { id, name: pending.filename, content: pending.content!, user: BOT.userId });
        return { id, title: file.title ?? pending.filename, name: pending.filename };
      });
      if (channel !== undefined) ws.messages.push({ channel: channel.id, ts: ws.nextTs(), at: ws.now(), text: comment ?? '', blocks: [], files: shared.map((f) => f.id) });
      return { ok: true, files: shared };
    },
  };
}

/** The upload URL files.getUploadURLExternal handed out: keeps the bytes sent for the pending upload. */
export async function receiveUpload(ws: FakeWorkspace, fileId: string, bytes: Buffer, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const pending = ws.pendingUploads.get(fileId);
  ws.record({ method: 'files.upload_url', args: { file: fileId, bytes: bytes.byteLength }, token: undefined, at: ws.now(), ok: pending !== undefined });
  if (pending === undefined) return send(res, 404, { ok: false, error: 'no_such_upload_url' });
  pending.content = await uploadedBytes(bytes, req.headers['content-type']);
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end(`OK - ${pending.content.byteLength}`);
}

/** A file's private download URL: serves the file to the bot token only. */
export function serveFile(ws: FakeWorkspace, fileId: string, botToken: string, req: IncomingMessage, res: ServerResponse): void {
  const file = ws.files.get(fileId);
  const authorized = bearerToken(req) === botToken;
  ws.record({ method: 'files.download', args: { file: file?.id }, token: authorized ? botToken : undefined, at: ws.now(), ok: authorized && file !== undefined });
  if (!authorized) return send(res, 403, { ok: false, error: 'not_authed' });
  if (file === undefined) return send(res, 404, { ok: false, error: 'file_not_found' });
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  res.end(file.content);
}

/** The file's bytes from an upload: the raw body, or the (first) file part of a multipart form. */
async function uploadedBytes(body: Buffer, contentType: string | undefined): Promise<Buffer> {
  if (!(contentType ?? '').startsWith('multipart/form-data')) return body;
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType! } }).formData();
  for (const value of form.values()) {
    if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
  }
  const first = form.values().next();
  return Buffer.from(first.done === true ? '' : String(first.value));
}
