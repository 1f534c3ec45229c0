/**
 * The cards of one issue. Server-rendered (and without JavaScript): a plain list of images, each with its own download
 * link. Once hydrated: one card at a time, moved with the buttons, the arrow keys or a swipe (native scroll snapping),
 * the position kept in the URL (#card-3). Nothing moves by itself.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { moveSlide, slideAnchor, slideIndexFromHash } from '../cards/slide-position';
import './card-slide-viewer.css';

export interface ViewerSlide {
  src: string;
  width: number;
  height: number;
  /** Everything the card says. */
  alt: string;
}

interface Props {
  slides: ViewerSlide[];
}

export default function CardSlideViewer({ slides }: Props) {
  const total = slides.length;
  const [enhanced, setEnhanced] = useState(false);
  const [current, setCurrent] = useState(0);
  const track = useRef<HTMLOListElement>(null);

  const scrollToCard = (index: number, behavior: ScrollBehavior = 'smooth') => {
    const element = track.current;
    element?.scrollTo({ left: index * element.clientWidth, behavior });
  };
  const show = (index: number) => {
    setCurrent(index);
    scrollToCard(index);
    history.replaceState(null, '', `#${slideAnchor(index + 1)}`);
  };

  useEffect(() => {
    setCurrent(slideIndexFromHash(location.hash, total) ?? 0);
    setEnhanced(true);
    const onHashChange = () => {
      const index = slideIndexFromHash(location.hash, total);
      if (index === null) return;
      setCurrent(index);
      scrollToCard(index);
    };
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, [total]);

  // The track only scrolls sideways once enhanced: jump (no animation) to the card the URL named.
  useLayoutEffect(() => {
    if (enhanced) scrollToCard(current, 'instant');
    // Only when the layout switches, not on every move: `current` is deliberately not a dependency.
  }, [enhanced]);

  // A swipe scrolls the track; once it settles, the card in view becomes the current one.
  useEffect(() => {
    const element = track.current;
    if (!enhanced || !element) return;
    const onScrollEnd = () => {
      const index = Math.round(element.scrollLeft / element.clientWidth);
      setCurrent((previous) => {
        if (index !== previous) history.replaceState(null, '', `#${slideAnchor(index + 1)}`);
        return index;
      });
    };
    element.addEventListener('scrollend', onScrollEnd);
    return () => element.removeEventListener('scrollend', onScrollEnd);
  }, [enhanced]);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    if (!enhanced || step === 0) return;
    event.preventDefault();
    show(moveSlide(current, step, total));
  };

  return (
    <section className={`card-viewer${enhanced ? ' is-enhanced' : ''}`} aria-roledescription="슬라이드" aria-label={`카드 ${total}장`}>
      {enhanced && (
        <div className="card-viewer__controls" data-controls>
          <button type="button" className="button button--secondary" disabled={current === 0} onClick={() => show(moveSlide(current, -1, total))}>
            이전 카드
          </button>
          <p className="card-viewer__status" aria-live="polite" data-status>
            {current + 1} / {total}
          </p>
          <button type="button" className="button button--secondary" disabled={current === total - 1} onClick={() => show(moveSlide(current, 1, total))}>
            다음 카드
          </button>
        </div>
      )}
      <ol
        className="card-viewer__track"
        data-track
        ref={track}
        onKeyDown={onKeyDown}
        tabIndex={enhanced ? 0 : undefined}
        aria-label={enhanced ? '카드 넘기기: 왼쪽·오른쪽 화살표 키' : undefined}
      >
        {slides.map((slide, index) => (
          <li key={slide.src} className="card-viewer__slide" id={slideAnchor(index + 1)} aria-roledescription="카드" aria-label={`${index + 1} / ${total}`} inert={enhanced && index !== current}>
            <figure>
              <img src={slide.src} width={slide.width} height={slide.height} alt={slide.alt} loading={index === 0 ? 'eager' : 'lazy'} decoding="async" />
              <figcaption>
                <span>
                  {index + 1} / {total}
                </span>
                <a href={slide.src} download>
                  {index + 1}번 카드 내려받기 (PNG)
                </a>
              </figcaption>
            </figure>
          </li>
        ))}
      </ol>
    </section>
  );
}
