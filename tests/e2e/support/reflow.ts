/**
 * Reflow and text spacing, WCAG 1.4.10 and 1.4.12 (no 검사항목 of their own in KWCAG 2.2; docs/accessibility.md lists
 * them under 5.4.4 콘텐츠 간의 구분):
 * - nothing makes the page scroll sideways, except a data table inside its own scroll box;
 * - with the 1.4.12 overrides (line height 1.5, letter 0.12em, word 0.16em, paragraph gap 2em), no text is cut off
 *   by a box that hides its overflow, no menu option is cut short, and the page still does not scroll sideways.
 */
import type { Page } from 'playwright-core';

/** Runs in the page: what pokes out sideways, and scroll boxes that are not data tables or slide tracks. */
function sidewaysProblems(): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  const scrolls = (el: Element) => /auto|scroll|hidden|clip/.test(getComputedStyle(el).overflowX);
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}>`;
  if (document.documentElement.scrollWidth > width) {
    problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.right <= width + 0.5 || !el.checkVisibility()) continue;
      const parent = el.parentElement!;
      let contained = false;
      for (let node: Element | null = parent; node && node !== document.body; node = node.parentElement) if (scrolls(node)) contained = true;
      // Report the outermost element that pokes out, not each of its children.
      if (!contained && parent.getBoundingClientRect().right <= width + 0.5) problems.push(`${describe(el)} reaches ${rect.right.toFixed(0)}px`);
    }
  }
  for (const el of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    if (!/auto|scroll/.test(style.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
    if (el.querySelector('table')) continue; // 1.4.10's exception: a data table needs its two dimensions
    // A slide track shows one item at a time; each must fit, and then nothing is lost sideways.
    if (style.scrollSnapType !== 'none' && [...el.children].every((item) => item.getBoundingClientRect().width <= el.clientWidth + 1)) continue;
    problems.push(`${describe(el)} scrolls sideways (${el.scrollWidth}px in ${el.clientWidth}px) but holds no data table`);
  }
  return problems;
}

/** Runs in the page: applies the WCAG 1.4.12 spacing and reports text that no longer fits. */
function spacingProblems(): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const problems: string[] = [];
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
  const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(el);
    const cut = (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1);
    if (!cut) continue;
    const rect = el.getBoundingClientRect();
    // Visually hidden text is clipped to 1px on purpose; it is for screen readers.
    if (rect.width <= 1 || rect.height <= 1 || !el.checkVisibility() || !/[\p{L}\p{N}]/u.test(el.innerText ?? '')) continue;
    problems.push(`${describe(el)} cuts off its text (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
  }
  // A <select> shows the chosen option's label inside its box; a long one is cut short without any overflow style.
  const ruler = document.createElement('span');
  ruler.style.cssText = 'position:absolute;visibility:hidden;white-space:pre';
  document.body.append(ruler);
  for (const select of document.querySelectorAll('select')) {
    if (!select.checkVisibility()) continue;
    const style = getComputedStyle(select);
    ruler.style.font = style.font;
    ruler.style.letterSpacing = style.letterSpacing;
    ruler.style.wordSpacing = style.wordSpacing;
    // Chromium draws the drop-down arrow inside the content box, about 1.25em wide.
    const room = select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 1.25 * Number.parseFloat(style.fontSize);
    for (const option of select.options) {
      ruler.textContent = option.label;
      if (ruler.getBoundingClientRect().width > room) problems.push(`<select name=${select.name}> cuts short the option "${option.label}"`);
    }
  }
  ruler.remove();
  return problems;
}

export const reflowProblems = (page: Page) => page.evaluate(sidewaysProblems);

/** Leaves the overrides on: call it last for a page. */
export async function textSpacingProblems(page: Page): Promise<string[]> {
  const clipped = await page.evaluate(spacingProblems);
  return [...clipped, ...(await reflowProblems(page)).map((problem) => `with text spacing: ${problem}`)];
}
