/**
 * Turns the server-rendered list of cards into a one-card-at-a-time viewer. The track scrolls with CSS scroll-snap;
 * this only follows it (which card is in view), moves it (buttons, arrow keys, #card-N) and says where it is.
 * Kept under 2 KB (tests/e2e/card-news.test.ts checks): phones on a slow connection download it.
 */
import { moveSlide, slideAnchor, slideIndexFromHash } from '../../cards/slide-position';

export function enhanceCardViewer(viewer: HTMLElement) {
  const track = viewer.querySelector<HTMLElement>('[data-track]')!;
  const status = viewer.querySelector<HTMLElement>('[data-status]')!;
  const buttons = [...viewer.querySelectorAll<HTMLButtonElement>('[data-step]')];
  const slides = [...track.children] as HTMLElement[];
  const total = slides.length;
  let current = -1;

  // Marks card `index` as the one in view: only it can take focus, the buttons say whether they can move further.
  const settle = (index: number) => {
    if (index === current) return;
    // The URL names the card once the reader has moved, not on arrival.
    if (current >= 0) history.replaceState(null, '', `#${slideAnchor(index + 1)}`);
    current = index;
    slides.forEach((slide, i) => (slide.inert = i !== index));
    buttons.forEach((button) => button.setAttribute('aria-disabled', String(moveSlide(index, Number(button.dataset.step), total) === index)));
    status.textContent = `${index + 1} / ${total}`;
  };
  const show = (index: number, behavior: ScrollBehavior = 'smooth') => {
    track.scrollTo({ left: index * track.clientWidth, behavior });
    settle(index);
  };

  viewer.classList.add('is-enhanced');
  viewer.querySelector<HTMLElement>('[data-controls]')!.hidden = false;
  track.tabIndex = 0;
  track.setAttribute('aria-label', '카드 넘기기: 왼쪽·오른쪽 화살표 키');
  show(slideIndexFromHash(location.hash, total) ?? 0, 'instant');

  // A button at either end stays focusable and says so: focus is never dropped.
  for (const button of buttons) button.addEventListener('click', () => show(moveSlide(current, Number(button.dataset.step), total)));
  track.addEventListener('keydown', (event) => {
    const step = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
    if (!step) return;
    event.preventDefault();
    show(moveSlide(current, step, total));
  });
  // A swipe scrolls the track; once it settles, the card in view becomes the current one.
  track.addEventListener('scrollend', () => settle(Math.round(track.scrollLeft / track.clientWidth)));
  addEventListener('hashchange', () => {
    const index = slideIndexFromHash(location.hash, total);
    if (index !== null) show(index);
  });
}
