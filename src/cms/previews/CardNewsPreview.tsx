/**
 * Card-news preview: the real card PNGs, drawn while staff type, with the build's overflow warning
 * under any card whose text does not fit. What is shown here is what gets published.
 */
import { useEffect, useState } from 'react';
import { cardSiteFrom, type CardSite } from '../../cards/templates/theme';
import { describeOverflow } from '../../cards/templates/overflow';
import { correctionBandText } from '../../lib/publications/corrections';
import type { Slide } from '../../schemas/card-news';
import { renderCard, type RenderedCard } from '../../cards/browser-renderer';
import { entryData, type PreviewProps } from './entry-data';

interface CardNewsDraft {
  title?: string;
  category?: string;
  date?: string;
  slides?: Partial<Slide>[];
  corrections?: { date?: string; text?: string; link?: string }[];
}

type CardState = { status: 'ready'; card: RenderedCard } | { status: 'incomplete' } | { status: 'failed'; message: string };

/** Waits this long after the last keystroke before drawing again. */
const TYPING_PAUSE_MS = 250;

export function makeCardNewsPreview(site: CardSite) {
  const cardSite = cardSiteFrom(site);
  return function CardNewsPreview(props: PreviewProps) {
    const draft = entryData<CardNewsDraft>(props);
    const slides = (draft.slides ?? []) as Slide[];
    // Cards of a corrected issue carry the correction band, as in the build.
    const correction = correctionBandText((draft.corrections ?? []).filter((c): c is { date: string } => /^\d{4}-\d{2}-\d{2}$/.test(c?.date ?? '')));
    const key = JSON.stringify([draft.title, draft.category, draft.date, slides, correction]);
    const [cards, setCards] = useState<CardState[]>([]);

    useEffect(() => {
      let cancelled = false;
      const created: string[] = [];
      const timer = setTimeout(async () => {
        const next = await Promise.all(
          slides.map(async (slide, index): Promise<CardState> => {
            if (!slide?.kind) return { status: 'incomplete' };
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
      }, TYPING_PAUSE_MS);
      return () => {
        cancelled = true;
        clearTimeout(timer);
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
        {slides.length === 0 && <p className="notice">아직 카드가 없습니다. 왼쪽의 「카드」에서 표지부터 추가하세요.</p>}
        <ol className="cms-card-list" style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 24, gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))' }}>
          {slides.map((slide, index) => {
            const state = cards[index];
            return (
              <li key={index} data-testid="card-preview" data-status={state?.status ?? 'drawing'}>
                {state?.status === 'ready' ? (
                  <img src={state.card.pngUrl} alt={`${index + 1}번째 카드`} style={{ width: '100%', height: 'auto', border: '1px solid #ccd' }} />
                ) : (
                  <p className="meta">{state?.status === 'incomplete' ? '카드 종류를 고르면 그려집니다.' : state?.status === 'failed' ? `그리지 못했습니다: ${state.message}` : '그리는 중…'}</p>
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
      </main>
    );
  };
}
