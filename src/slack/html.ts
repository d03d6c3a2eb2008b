import type { ServerResponse } from 'node:http';

/** HTML for the app's own web pages (the dashboard, the demo): escaping, a template that escapes, and how a page is sent. */

/** Escapes text for HTML and SVG, in element content and in quoted attribute values alike. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A tagged template that escapes every value put into it (a value already built with `html` is kept as it is). */
export function html(strings: TemplateStringsArray, ...values: readonly (string | number | undefined | Html | readonly Html[])[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += Array.isArray(value) ? value.map((v: Html) => v.text).join('') : value instanceof Html ? value.text : value === undefined ? '' : escapeHtml(value as string | number);
    out += strings[i + 1]!;
  });
  return new Html(out);
}

/** Markup built by `html` (its values escaped). */
export class Html {
  constructor(readonly text: string) {}
}

/** Every page's headers: not cached, not framed, no referrer, and a policy that allows no script (inline styles only). */
export const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
};

/** Sends a page (or a download, through `headers`) with the security headers. */
export function sendPage(res: ServerResponse, status: number, body: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { ...PAGE_SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(body);
}
