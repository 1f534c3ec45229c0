/**
 * How a Markdown field looks in the preview pane: the site's `.prose` styles on HTML rendered under the site's
 * own policy (raw HTML dropped, unsafe links removed), so nothing typed into a field can run in the admin.
 */
import { markdownToHtml } from '../../lib/html/browser-markdown';

export default function KoreanMarkdownPreview({ value }: { value?: string }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: markdownToHtml(value ?? '') }} />;
}
