/** Guide chapter preview: the summary box, the body, legal basis, sources and the two dates, in the site's styles. */
import type { GuideChapter } from '../../schemas/guide';
import { formatKoreanDate } from '../../lib/dates/seoul-time';
import { markdownToHtml } from '../../lib/html/browser-markdown';
import { entryData, type PreviewProps } from './entry-data';

const safeDate = (value?: string) => {
  try {
    return value ? formatKoreanDate(value) : '';
  } catch {
    return value ?? '';
  }
};

export default function GuidePreview(props: PreviewProps) {
  const chapter = entryData<Partial<GuideChapter>>(props);
  const box = chapter.summaryBox;
  return (
    <main className="container">
      <article>
        <p className="meta">모성보호 가이드 {chapter.order ? `· ${chapter.order}장` : ''}</p>
        <h1>{chapter.title || '제목 없음'}</h1>
        <p className="lead">{chapter.summary}</p>
        {box && (
          <dl className="card">
            <dt>대상</dt>
            <dd>{box.who}</dd>
            <dt>기간</dt>
            <dd>{box.howLong}</dd>
            <dt>급여</dt>
            <dd>{box.howMuch}</dd>
            <dt>신청 방법</dt>
            <dd>{box.howToApply}</dd>
          </dl>
        )}
        <div className="prose" dangerouslySetInnerHTML={{ __html: markdownToHtml(chapter.body ?? '') }} />
        <h2>법적 근거</h2>
        <ul>{(chapter.legalBasis ?? []).map((basis, i) => <li key={i}>{basis}</li>)}</ul>
        <h2>출처</h2>
        <ul>
          {(chapter.sources ?? []).map((source, i) => (
            <li key={i}>
              <a href={source.url}>{source.title}</a>
            </li>
          ))}
        </ul>
        <p className="meta">
          시행일 {safeDate(chapter.effectiveDate)} · 기준일 {safeDate(chapter.reviewedAt)}
        </p>
      </article>
    </main>
  );
}
