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
