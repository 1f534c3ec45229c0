/** Information page preview: title, description and body in the site's styles (Decap's default shows raw fields). */
import { markdownToHtml } from '../../lib/html/browser-markdown';
import { entryData, type PreviewProps } from './entry-data';

export default function PagePreview(props: PreviewProps) {
  const page = entryData<{ title?: string; description?: string }>(props);
  return (
    <main className="container">
      <article>
        <h1>{page.title || '제목 없음'}</h1>
        <p className="lead">{page.description}</p>
        <div className="prose" dangerouslySetInnerHTML={{ __html: markdownToHtml(page.body ?? '') }} />
      </article>
    </main>
  );
}
