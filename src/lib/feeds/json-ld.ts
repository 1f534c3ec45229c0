/** JSON-LD for <script type="application/ld+json">, safe to inline in HTML. */
export function serializeJsonLd(data: unknown): string {
  // "<" is escaped so a title containing "</script>" cannot end the script element early.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
