/** Programme preview: when (KST, as the site writes it), where, who, fee and the description. */
import { formatKoreanRange } from '../../lib/dates/seoul-time';
import type { Program } from '../../schemas/program';
import { markdownToHtml } from '../../lib/html/browser-markdown';
import { entryData, type PreviewProps } from './entry-data';

function when(program: Partial<Program>): string {
  if (!program.start || !program.end) return '날짜를 입력하세요';
  try {
    return formatKoreanRange(program.start, program.end);
  } catch {
    return `${program.start} ~ ${program.end}`;
  }
}

function where(program: Partial<Program>): string {
  const location = program.location as Partial<{ type: string; platform: string; name: string; address: string }> | undefined;
  if (!location?.type) return '';
  return location.type === 'online' ? `온라인 (${location.platform ?? ''})` : `${location.name ?? ''} · ${location.address ?? ''}`;
}

export default function ProgramPreview(props: PreviewProps) {
  const program = entryData<Partial<Program>>(props);
  const image = program.image ? props.getAsset(program.image)?.toString() : undefined;
  return (
    <main className="container">
      <article>
        <p className="meta">
          {program.category} {program.series ? `· ${program.series}` : ''} {program.status && <span className="badge">{program.status}</span>}
        </p>
        <h1>{program.title || '제목 없음'}</h1>
        <p className="lead">{program.summary}</p>
        <dl className="card">
          <dt>일시</dt>
          <dd data-testid="program-when">{when(program)}</dd>
          <dt>장소</dt>
          <dd>{where(program)}</dd>
          <dt>대상</dt>
          <dd>{program.audience}</dd>
          <dt>참가비</dt>
          <dd>{program.fee ? `${program.fee.toLocaleString('ko-KR')}원` : '무료'}</dd>
          {program.capacity ? (
            <>
              <dt>정원</dt>
              <dd>{program.capacity}명</dd>
            </>
          ) : null}
        </dl>
        {image && <img src={image} alt={program.imageAlt ?? ''} style={{ maxWidth: '100%' }} />}
        <div className="prose" dangerouslySetInnerHTML={{ __html: markdownToHtml(program.body ?? '') }} />
      </article>
    </main>
  );
}
