/**
 * Newsletter preview in two views: the web page, and the email exactly as subscribers get it, rendered
 * by the same src/lib/newsletter/email.ts as the build (MJML's browser build), with a 복사 button for
 * pasting into the mailing service.
 */
import mjml2html from 'mjml-browser';
import { useEffect, useState, type MouseEvent } from 'react';
import { correctionGroups } from '../../lib/publications/corrections';
import { renderNewsletterEmail, type MjmlCompile } from '../../lib/newsletter/email';
import { resolveNewsletterSections, type ReferenceCatalog, type ResolvedSection } from '../../lib/newsletter/references';
import type { Newsletter } from '../../schemas/newsletter';
import { markdownToHtml } from '../../lib/html/browser-markdown';
import { entryData, type PreviewProps } from './entry-data';
import type { PreviewSite } from './register';

type Draft = Partial<Omit<Newsletter, 'sections'>> & { sections?: Partial<Newsletter['sections'][number]>[] };

/** Sections with their references as cards; references to unpublished entries are listed, not fatal. */
function resolveDraft(draft: Draft, catalog: ReferenceCatalog): { sections: ResolvedSection[]; missing: string[] } {
  const known = { cardNews: new Set(catalog.cardNews.map((c) => c.slug)), programs: new Set(catalog.programs.map((p) => p.slug)) };
  const missing: string[] = [];
  const sections = (draft.sections ?? []).map((section) => {
    const keep = (list: string[] | undefined, kind: 'cardNews' | 'programs') =>
      (list ?? []).filter((slug) => known[kind].has(slug) || (missing.push(slug), false));
    return { title: section.title ?? '', body: section.body ?? '', cardNews: keep(section.cardNews, 'cardNews'), programs: keep(section.programs, 'programs') };
  });
  return { sections: resolveNewsletterSections('이 뉴스레터', { sections }, catalog), missing };
}

export function makeNewsletterPreview(site: PreviewSite, catalog: ReferenceCatalog) {
  return function NewsletterPreview(props: PreviewProps) {
    const draft = entryData<Draft>(props);
    const slug = String(props.entry.get('slug') ?? '') || 'new-issue';
    const { sections, missing } = resolveDraft(draft, catalog);
    const [view, setView] = useState<'web' | 'email'>('web');
    const [email, setEmail] = useState<{ html?: string; error?: string }>({});
    const [copied, setCopied] = useState(false);
    const key = JSON.stringify([draft, sections]);

    useEffect(() => {
      if (view !== 'email') return;
      if (!draft.date || !draft.number) {
        setEmail({ error: '호수와 발행일을 넣으면 이메일 미리보기가 나옵니다.' });
        return;
      }
      let cancelled = false;
      renderNewsletterEmail(
        {
          site,
          slug,
          newsletter: { number: draft.number ?? 0, date: draft.date ?? '', title: draft.title ?? '', summary: draft.summary ?? '', image: draft.image, imageAlt: draft.imageAlt },
          letter: draft.body ?? '',
          sections,
        },
        mjml2html as unknown as MjmlCompile,
      ).then(
        (html) => !cancelled && setEmail({ html }),
        (error: unknown) => !cancelled && setEmail({ error: `이메일을 만들지 못했습니다: ${error instanceof Error ? error.message : String(error)}` }),
      );
      return () => {
        cancelled = true;
      };
    }, [view, key]);

    // The preview lives in an iframe: the clipboard of the document that holds the button is the one that has focus.
    const copy = async (event: MouseEvent<HTMLButtonElement>) => {
      if (!email.html) return;
      const clipboard = event.currentTarget.ownerDocument.defaultView?.navigator.clipboard ?? navigator.clipboard;
      await clipboard.writeText(email.html);
      setCopied(true);
      setTimeout(() => setCopied(false), 3000);
    };

    return (
      <main className="container">
        <div role="tablist" aria-label="미리보기 종류" style={{ display: 'flex', gap: 8, marginBottom: 16 }}>
          <button type="button" role="tab" aria-selected={view === 'web'} className={view === 'web' ? 'button' : 'button button--secondary'} onClick={() => setView('web')}>
            누리집
          </button>
          <button type="button" role="tab" aria-selected={view === 'email'} className={view === 'email' ? 'button' : 'button button--secondary'} onClick={() => setView('email')}>
            이메일
          </button>
        </div>
        {missing.length > 0 && (
          <p className="notice">아직 발행되지 않은 글은 미리보기에 카드로 나오지 않습니다: {missing.join(', ')}. 그 글을 먼저 발행하세요.</p>
        )}
        {view === 'web' ? (
          <article>
            <p className="meta">
              제{draft.number ?? '?'}호 · {draft.date}
            </p>
            <h1>{draft.title || '제목 없음'}</h1>
            <p className="lead">{draft.summary}</p>
            {correctionGroups((draft.corrections ?? []).filter((c) => c?.date && c.text)).map((group) => (
              <aside key={group.date} className="notice" data-testid="correction">
                <h2>{group.heading}</h2>
                <ul>
                  {group.items.map((item, i) => (
                    <li key={i}>
                      {item.text} {item.link && <a href={item.link}>지금 기준 보기</a>}
                    </li>
                  ))}
                </ul>
              </aside>
            ))}
            <div className="prose" dangerouslySetInnerHTML={{ __html: markdownToHtml(draft.body ?? '') }} />
            {sections.map((section, index) => (
              <section key={index}>
                <h2>{section.title}</h2>
                <div className="prose" dangerouslySetInnerHTML={{ __html: markdownToHtml(section.body) }} />
                <ul className="card-grid">
                  {section.cards.map((card) => (
                    <li key={card.href} className="card">
                      <p className="meta">{card.label}</p>
                      <h3>{card.title}</h3>
                      <p className="meta">{card.when}</p>
                      <p>{card.summary}</p>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </article>
        ) : (
          <section aria-label="이메일 미리보기">
            <p>
              <button type="button" className="button" onClick={copy} disabled={!email.html} data-testid="copy-email">
                복사
              </button>{' '}
              <span role="status">{copied ? '이메일 HTML을 복사했습니다. 메일 서비스의 HTML 편집 칸에 붙여 넣으세요.' : ''}</span>
            </p>
            {email.error && <p className="notice">{email.error}</p>}
            {email.html && <iframe title="이메일 미리보기" srcDoc={email.html} style={{ width: '100%', maxWidth: 640, height: 1200, border: '1px solid #ccd' }} />}
          </section>
        )}
      </main>
    );
  };
}
