/**
 * The page's structure as a screen reader gets it — KWCAG 5.3.1 (표의 구성), 5.3.2 (콘텐츠의 선형구조) and 6.4.2
 * (제목 제공); WCAG 1.3.1 and 2.4.6. Read from Chromium's accessibility tree, so hidden parts do not count:
 * - one h1, the first heading, and no heading more than one level below the one before it;
 * - inside a section named by its heading, every other heading is below that heading;
 * - landmarks of a kind that occurs more than once each have a name, and the names differ;
 * - every data table has a name (its <caption>).
 */
import type { Page } from 'playwright-core';

interface AxNode {
  nodeId: string;
  parentId?: string;
  childIds?: string[];
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}

/** ARIA landmarks. A form or region is one only when it has a name, so unnamed ones are left out. */
const LANDMARKS = new Set(['banner', 'main', 'contentinfo', 'navigation', 'search', 'complementary', 'form', 'region']);
const NAMED_ONLY = new Set(['form', 'region']);

export async function structureProblems(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await cdp.detach();
  const exposed = documentOrder(nodes).filter((node) => !node.ignored);
  const name = (node: AxNode) => (node.name?.value ?? '').trim();
  const problems: string[] = [];

  const headings = exposed.filter((node) => node.role?.value === 'heading');
  const level = (node: AxNode) => Number(node.properties?.find((p) => p.name === 'level')?.value.value ?? 2);
  const h1s = headings.filter((node) => level(node) === 1);
  if (h1s.length !== 1) problems.push(`${h1s.length} h1 headings (${h1s.map(name).join(' / ')}), not one`);
  if (headings.length && level(headings[0]) !== 1) problems.push(`the first heading is h${level(headings[0])} "${name(headings[0])}", not the h1`);
  headings.forEach((heading, i) => {
    const before = headings[i - 1];
    if (before && level(heading) > level(before) + 1) problems.push(`h${level(heading)} "${name(heading)}" follows h${level(before)} "${name(before)}": a level is skipped`);
  });

  const byRole = new Map<string, string[]>();
  for (const node of exposed) {
    const role = node.role?.value ?? '';
    if (!LANDMARKS.has(role) || (NAMED_ONLY.has(role) && !name(node))) continue;
    byRole.set(role, [...(byRole.get(role) ?? []), name(node)]);
  }
  for (const [role, names] of byRole) {
    if (names.length < 2) continue;
    if (names.some((n) => !n)) problems.push(`${names.length} ${role} landmarks, not all named (${names.map((n) => n || '(no name)').join(', ')})`);
    const repeated = names.filter((n, i) => n && names.indexOf(n) !== i);
    if (repeated.length) problems.push(`${role} landmarks share a name: ${[...new Set(repeated)].join(', ')}`);
  }

  for (const table of exposed.filter((node) => node.role?.value === 'table')) {
    if (!name(table)) problems.push('a data table has no caption');
  }

  problems.push(...(await page.evaluate(sectionHeadingProblems)));
  return problems;
}

/** The tree's nodes as a reader meets them (the protocol does not list them in that order). */
function documentOrder(nodes: AxNode[]): AxNode[] {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const ordered: AxNode[] = [];
  const visit = (node: AxNode) => {
    ordered.push(node);
    for (const id of node.childIds ?? []) if (byId.has(id)) visit(byId.get(id)!);
  };
  for (const root of nodes.filter((node) => !node.parentId)) visit(root);
  return ordered;
}

/** Runs in the page: a section named by an hN holds no other heading at level N or above (DOM, visible only). */
function sectionHeadingProblems(): string[] {
  const problems: string[] = [];
  const levelOf = (el: Element) => Number(el.tagName.slice(1));
  for (const section of document.querySelectorAll('[aria-labelledby]')) {
    const label = document.getElementById(section.getAttribute('aria-labelledby')!.split(/\s+/)[0]);
    if (!label || !/^H[1-6]$/.test(label.tagName) || !section.contains(label)) continue;
    for (const heading of section.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      if (heading === label || !heading.checkVisibility()) continue;
      if (levelOf(heading) <= levelOf(label)) {
        problems.push(`"${heading.textContent?.trim()}" (h${levelOf(heading)}) sits beside "${label.textContent?.trim()}" (h${levelOf(label)}) inside its section, not under it`);
      }
    }
  }
  return problems;
}
