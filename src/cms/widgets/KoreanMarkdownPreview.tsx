/** How a Markdown field looks in the preview pane: the site's `.prose` styles on the rendered HTML. */
import { marked } from 'marked';

export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown ?? '', { async: false, gfm: true });
}

export default function KoreanMarkdownPreview({ value }: { value?: string }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: markdownToHtml(value ?? '') }} />;
}
