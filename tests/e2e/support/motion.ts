/**
 * Reduced motion (WCAG 2.3.3, KWCAG 6.2.2 정지 기능 제공): in a window that asks for reduced motion, nothing on the
 * page scrolls smoothly, animates or transitions.
 */
import type { Page } from 'playwright-core';

/** Runs in the page: each element that would still move, and how. */
function moving(): string[] {
  const seconds = (list: string) => Math.max(...list.split(',').map((d) => Number.parseFloat(d)));
  return [...document.querySelectorAll('*')].flatMap((el) => {
    const style = getComputedStyle(el);
    const what = [
      style.scrollBehavior === 'smooth' && 'smooth scrolling',
      seconds(style.animationDuration) > 0 && style.animationName !== 'none' && `animation ${style.animationName}`,
      seconds(style.transitionDuration) > 0 && `transition of ${style.transitionProperty}`,
    ].filter(Boolean);
    return what.length ? [`<${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}> moves with reduced motion: ${what.join(', ')}`] : [];
  });
}

/** Only meaningful in a context made with `reducedMotion: 'reduce'`. */
export const motionProblems = (page: Page) => page.evaluate(moving);
