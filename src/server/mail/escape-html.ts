// The one HTML escape for everything the service puts into HTML that someone typed (mail bodies, exports).
// src/lib has private copies inside its modules (feed-items, newsletter-email, newsletter-markdown); none exported.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);

/** Typed text as HTML paragraphs: escaped, line breaks kept. */
export const textToHtml = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
