/**
 * Pointer targets — KWCAG 6.1.3 (조작 가능) and WCAG 2.5.8 (Target Size, Minimum):
 * - KWCAG: every control is at least 6 mm across its diagonal (22.7 CSS px at 96 px to the inch);
 * - WCAG: a target is at least 24×24 px, or a 24 px circle on its centre touches no other target and no other
 *   small target's circle. Links inside a line of text are exempt from this one (they are as tall as the text).
 */
import type { Page } from 'playwright-core';
import { CONTROLS } from './focus-walk';

/** Runs in the page; returns one line per target that is too small. */
function smallTargets(controls: string): string[] {
  const MIN = 24;
  const KWCAG_DIAGONAL = (6 / 25.4) * 96;
  const all = [...document.querySelectorAll<HTMLElement>(controls)];

  const blockOf = (el: Element) => {
    let node = el.parentElement;
    while (node && getComputedStyle(node).display.startsWith('inline')) node = node.parentElement;
    return node ?? document.body;
  };
  // In a line of text: other words share the line box, so the target is as tall as the text around it.
  const inSentence = (el: HTMLElement) => {
    if (getComputedStyle(el).display !== 'inline') return false;
    const walker = document.createTreeWalker(blockOf(el), NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!/[\p{L}\p{N}]/u.test(text.textContent ?? '')) continue;
      const owner = text.parentElement!;
      if (!all.some((target) => target.contains(owner))) return true;
    }
    return false;
  };

  const targets = all
    .filter((el) => !(el as HTMLButtonElement).disabled && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }))
    .map((el) => ({ el, rect: el.getBoundingClientRect() }))
    // Not rendered, or parked off the page until focused (the skip link).
    .filter(({ rect }) => rect.width >= 1 && rect.height >= 1 && rect.bottom + scrollY > 0)
    .map(({ el, rect }) => ({ el, rect, x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, small: rect.width < MIN - 0.01 || rect.height < MIN - 0.01 }));

  const describe = (el: HTMLElement, rect: DOMRect) =>
    `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${(el.getAttribute('aria-label') ?? el.innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}" ${rect.width.toFixed(0)}×${rect.height.toFixed(0)}px`;
  const distanceToRect = (x: number, y: number, r: DOMRect) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  const related = (a: Element, b: Element) => a.contains(b) || b.contains(a);

  const problems: string[] = [];
  for (const target of targets) {
    const { el, rect } = target;
    if (Math.hypot(rect.width, rect.height) < KWCAG_DIAGONAL) {
      problems.push(`${describe(el, rect)}: diagonal under 6 mm (KWCAG 6.1.3)`);
      continue;
    }
    if (!target.small || inSentence(el)) continue;
    const crowded = targets.find(
      (other) =>
        other !== target &&
        !related(el, other.el) &&
        (distanceToRect(target.x, target.y, other.rect) < MIN / 2 || (other.small && Math.hypot(other.x - target.x, other.y - target.y) < MIN)),
    );
    if (crowded) problems.push(`${describe(el, rect)} is under 24×24 px and too close to ${describe(crowded.el, crowded.rect)} (WCAG 2.5.8)`);
  }
  return problems;
}

export const targetSizeProblems = (page: Page) => page.evaluate(smallTargets, CONTROLS);
