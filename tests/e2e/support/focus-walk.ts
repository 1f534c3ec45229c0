/**
 * The keyboard walk of KWCAG 6.1.1 (키보드 사용 보장) and 6.1.2 (초점 이동과 표시) — WCAG 2.1.1, 2.1.2, 2.4.7, 2.4.11
 * and 1.4.11: press Tab from the top of the page until focus leaves it, and at every stop check that
 * - focus is on an element, never dropped to <body> while there is more to reach;
 * - the element shows a ring (an outline of at least 2px) with 3:1 contrast to the colour around it;
 * - it is on screen and not covered by something else;
 * - Tab moves on (no trap, no loop back to an earlier stop);
 * and at the end, that every control a pointer can reach was reached.
 */
import type { Page } from 'playwright-core';
import { contrastRatio, flatten } from './color-contrast';

/** WCAG 1.4.11: a focus indicator is a user-interface graphic, so 3:1 against the colours next to it. */
const RING_CONTRAST = 3;
/** Chromium gives a date input one stop per part (year, month, day, calendar button). */
const MAX_STOPS_PER_ELEMENT = 5;

interface FocusStop {
  /** The element's number within this page load; -1 for <body>. */
  key: number;
  description: string;
  multiStop: boolean;
  outline: { style: string; width: number; color: string };
  /** Background colours from the element's parent outwards, up to the first opaque one: what the ring sits on. */
  surroundings: string[];
  onScreen: boolean;
  covered: boolean;
}

interface FocusProbe {
  read(): FocusStop;
  reachable(): [number, string][];
  /** Focuses each reachable control in turn, as a script can (no Tab), and reads each. */
  focusEach(): FocusStop[];
}

/** What a keyboard or pointer user can operate. */
export const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** Runs in the page: numbers elements for this load and reads what focus looks like. */
function installFocusProbe(controls: string) {
  const keys = new WeakMap<Element, number>();
  let next = 0;
  const numbered = (element: Element) => {
    // Tab stops once in a group of radio buttons (at the checked one), so the group counts as one control.
    const control = element instanceof HTMLInputElement && element.type === 'radio' && element.name ? (element.form ?? document).querySelector(`input[type="radio"][name="${CSS.escape(element.name)}"]`)! : element;
    if (!keys.has(control)) keys.set(control, next++);
    return keys.get(control)!;
  };
  const usable = () =>
    [...document.querySelectorAll<HTMLElement>(controls)].filter(
      (element) => !(element as HTMLButtonElement).disabled && !element.closest('[inert]') && element.checkVisibility({ visibilityProperty: true }),
    );
  const describe = (element: Element) => {
    const text = (element.getAttribute('aria-label') ?? (element as HTMLElement).innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const name = element.getAttribute('name');
    return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${name ? ` name=${name}` : ''}> "${text}"`;
  };
  const probe: FocusProbe = {
    read() {
      const element = document.activeElement;
      if (!element || element === document.body || element === document.documentElement) {
        return { key: -1, description: '<body>', multiStop: false, outline: { style: 'none', width: 0, color: '' }, surroundings: [], onScreen: false, covered: false };
      }
      const style = getComputedStyle(element);
      const surroundings: string[] = [];
      for (let node = element.parentElement; node; node = node.parentElement) {
        const background = getComputedStyle(node).backgroundColor;
        surroundings.push(background);
        if (background.startsWith('rgb(')) break;
      }
      const rect = element.getBoundingClientRect();
      const onScreen = rect.width >= 2 && rect.height >= 2 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
      // Covered means hidden entirely (WCAG 2.4.11): the centre and the four corners (2px in) all show something else.
      // A decoration drawn on the control, such as a check mark on a checkbox, leaves the corners to it.
      const points = [[0.5, 0.5], [0, 0], [1, 0], [0, 1], [1, 1]].map(([x, y]) => [rect.left + 2 + x * (rect.width - 4), rect.top + 2 + y * (rect.height - 4)]);
      const shows = (hit: Element | null) => !hit || element.contains(hit) || hit.contains(element);
      const covered = onScreen && !points.some(([x, y]) => shows(document.elementFromPoint(x, y)));
      return {
        key: numbered(element),
        description: describe(element),
        multiStop: element instanceof HTMLInputElement && /^(date|datetime-local|month|week|time)$/.test(element.type),
        outline: { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth), color: style.outlineColor },
        surroundings,
        onScreen,
        covered,
      };
    },
    reachable() {
      const found = new Map<number, string>();
      for (const element of usable()) if (!found.has(numbered(element))) found.set(numbered(element), describe(element));
      return [...found];
    },
    focusEach() {
      const stops: FocusStop[] = [];
      for (const element of usable()) {
        element.focus({ focusVisible: true } as FocusOptions);
        if (document.activeElement === element) stops.push(probe.read());
      }
      (document.activeElement as HTMLElement | null)?.blur();
      scrollTo(0, 0);
      return stops;
    },
  };
  (window as unknown as { __focusProbe: FocusProbe }).__focusProbe = probe;
}

const probe = (page: Page) => ({
  read: () => page.evaluate(() => (window as unknown as { __focusProbe: FocusProbe }).__focusProbe.read()),
  reachable: () => page.evaluate(() => (window as unknown as { __focusProbe: FocusProbe }).__focusProbe.reachable()),
  focusEach: () => page.evaluate(() => (window as unknown as { __focusProbe: FocusProbe }).__focusProbe.focusEach()),
});

/**
 * The ring check alone, for every control of the page without pressing Tab (fast enough for every page at every
 * width): focus each by script and check it is visible, on screen, uncovered, with a 3:1 ring.
 */
export async function focusRingProblems(page: Page): Promise<string[]> {
  await page.evaluate(installFocusProbe, CONTROLS);
  return (await probe(page).focusEach()).flatMap(ringProblems);
}

/** Walks the page with Tab from the top and returns what went wrong, one line each (empty when all is well). */
export async function focusWalkProblems(page: Page): Promise<string[]> {
  await page.evaluate(installFocusProbe, CONTROLS);
  const { read, reachable } = probe(page);
  const expected = new Map(await reachable());
  // Start from the top, whatever had focus before: Tab continues from where focus last was, even after blur().
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
  });
  const problems: string[] = [];
  const visited = new Set<number>();
  let first: FocusStop | undefined;
  let previous: FocusStop | undefined;
  let repeats = 0;
  const maxStops = expected.size * MAX_STOPS_PER_ELEMENT + 10;
  for (let stop = 0; ; stop++) {
    if (stop > maxStops) {
      problems.push(`focus does not leave the page after ${maxStops} Tab presses (a trap?), last on ${previous?.description}`);
      break;
    }
    await page.keyboard.press('Tab');
    const focus = await read();
    // Past the last stop focus leaves the page, or Chromium wraps straight round to the first stop.
    if (focus.key === -1 || (focus.key === first?.key && previous?.key !== first.key)) {
      if (focus.key === -1 && [...expected.keys()].some((key) => !visited.has(key))) problems.push(`focus fell to <body> after ${previous?.description ?? 'the start'}`);
      break;
    }
    first ??= focus;
    if (focus.key === previous?.key) {
      if (!focus.multiStop || ++repeats >= MAX_STOPS_PER_ELEMENT) {
        problems.push(`Tab does not move on from ${focus.description} (a trap)`);
        break;
      }
    } else {
      repeats = 0;
      if (visited.has(focus.key)) {
        problems.push(`Tab comes back to ${focus.description} before leaving the page (a loop)`);
        break;
      }
    }
    visited.add(focus.key);
    problems.push(...ringProblems(focus));
    previous = focus;
  }
  for (const [key, description] of expected) if (!visited.has(key)) problems.push(`${description} cannot be reached with Tab`);
  return problems;
}

function ringProblems(focus: FocusStop): string[] {
  const where = focus.description;
  if (!focus.onScreen) return [`${where} is focused but not on screen`];
  if (focus.covered) return [`${where} is focused but covered by another element`];
  if (focus.outline.style === 'none' || focus.outline.width < 2) return [`${where} shows no focus ring (outline ${focus.outline.style} ${focus.outline.width}px)`];
  const ratio = contrastRatio(flatten([focus.outline.color, ...focus.surroundings]), flatten(focus.surroundings));
  if (ratio >= RING_CONTRAST) return [];
  return [`${where}: focus ring ${focus.outline.color} is ${ratio.toFixed(2)}:1 against ${focus.surroundings.at(-1)} (needs ${RING_CONTRAST}:1)`];
}
