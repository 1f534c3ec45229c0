/**
 * Card-news preview: the issue's Markdown text (src/cards/issue-text.ts) drawn as the real card PNGs while staff type,
 * with the build's overflow warning under any card whose text does not fit, a note for any section that cannot become
 * a card, and below them the page's text version. What is shown here is what gets published.
 */
import { useEffect, useState } from 'react';
import { cardSiteFrom, type CardSite } from '../../cards/templates/theme';
import { describeOverflow } from '../../cards/templates/overflow';
import { describeCard, issuePageMarkdown, parseIssueText } from '../../cards/issue-text';
import { correctionBandText } from '../../lib/publications/corrections';
import { markdownToHtml } from '../../lib/html/browser-markdown';
import { renderCard, type RenderedCard } from '../../cards/browser-renderer';
import { entryData, type PreviewProps } from './entry-data';

interface CardNewsDraft {
  title?: string;
  category?: string;
  date?: string;
  corrections?: { date?: string; text?: string; link?: string }[];
}

type CardState = { status: 'ready'; card: RenderedCard } | { status: 'failed'; message: string };

export function makeCardNewsPreview(site: CardSite) {
  const cardSite = cardSiteFrom(site);
  const contact = { name: site.shortName, phone: site.phone, hours: site.hours };
  return function CardNewsPreview(props: PreviewProps) {
    const draft = entryData<CardNewsDraft>(props);
    const body = draft.body ?? '';
    const { slides, problems } = parseIssueText(body);
    // Cards of a corrected issue carry the correction band, as in the build.
    const correction = correctionBandText((draft.corrections ?? []).filter((c): c is { date: string } => /^\d{4}-\d{2}-\d{2}$/.test(c?.date ?? '')));
    const key = JSON.stringify([draft.category, draft.date, slides, correction]);
    const [cards, setCards] = useState<CardState[]>([]);

    // Drawn when the entry changes; typing itself never waits for it (registered through deferredPreview).
    useEffect(() => {
      let cancelled = false;
      const created: string[] = [];
      (async () => {
        const next = await Promise.all(
          slides.map(async (slide, index): Promise<CardState> => {
            try {
              const card = await renderCard(slide, {
                site: cardSite,
                issue: { title: draft.title ?? '', category: draft.category ?? '', date: draft.date ?? '' },
                number: index + 1,
                total: slides.length,
                ...(correction ? { correction } : {}),
              });
              created.push(card.pngUrl);
              return { status: 'ready', card };
            } catch (error) {
              return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
            }
          }),
        );
        if (!cancelled) setCards(next);
      })();
      return () => {
        cancelled = true;
        // Free the previous drawing's images once a newer one replaces it.
        setTimeout(() => created.forEach((url) => URL.revokeObjectURL(url)), 5_000);
      };
    }, [key]);

    return (
      <main className="container">
        <h1>{draft.title || '제목 없음'}</h1>
        <p className="meta">
          {draft.category} · {draft.date} · 카드 {slides.length}장
        </p>
        {problems.map((problem, index) => (
          <p key={index} className="notice" role="alert" data-testid="card-problem">
            {describeCard(body, problem.card)}: {problem.message}
          </p>
        ))}
        <ol className="cms-card-list" style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 24, gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))' }}>
          {slides.map((slide, index) => {
            const state = cards[index];
            return (
              <li key={index} data-testid="card-preview" data-status={state?.status ?? 'drawing'}>
                {state?.status === 'ready' ? (
                  <img src={state.card.pngUrl} alt={`${index + 1}번째 카드`} style={{ width: '100%', height: 'auto', border: '1px solid #ccd' }} />
                ) : (
                  <p className="meta">{state?.status === 'failed' ? `그리지 못했습니다: ${state.message}` : '그리는 중…'}</p>
                )}
                {state?.status === 'ready' && state.card.overflow && (
                  <p className="notice" role="alert" data-testid="card-overflow">
                    {describeOverflow(state.card.overflow, { file: '이 카드뉴스', slideNumber: index + 1, slide })}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
        <p className="meta">발행하면 이 그림이 그대로 누리집과 SNS용 이미지로 나갑니다.</p>
        <section className="prose" aria-label="글로 읽기 미리보기">
          <h2>글로 읽기</h2>
          <div dangerouslySetInnerHTML={{ __html: markdownToHtml(issuePageMarkdown(body, contact)) }} />
        </section>
      </main>
    );
  };
}
