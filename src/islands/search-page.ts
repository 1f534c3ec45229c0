/**
 * The /search/ page: shows results for ?q= on load, searches as you type, and keeps the query and
 * filters in the address so a search can be shared or bookmarked. The form works without JS too
 * (a plain GET to /search/), and the page then says search needs JS and gives the phone number.
 */
import { searchPath } from '../lib/urls';
import { suggestTerms } from '../lib/search/korean-search';
import { getFilterOptions, fetchGlossary, loadSearch, search, type SearchFilters } from './search-engine';
import { renderResult } from './search-render';

const FILTERS = ['type', 'category', 'year'] as const;
// Content types in the order of the site's menu, not alphabetical.
const TYPE_ORDER = ['가이드', '프로그램', '카드뉴스', '뉴스레터', '안내'];

function fillFilterMenu(select: HTMLSelectElement, counts: Record<string, number>, order: (a: string, b: string) => number) {
  const chosen = select.value;
  for (const value of Object.keys(counts).sort(order)) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = `${value} (${counts[value]})`;
    select.append(option);
  }
  select.value = chosen;
}

export async function enhanceSearchPage(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = Object.fromEntries(FILTERS.map((name) => [name, form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!])) as Record<
    (typeof FILTERS)[number],
    HTMLSelectElement
  >;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const suggestions = root.querySelector<HTMLUListElement>('[data-search-suggestions]')!;
  const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

  // The tab and the history show what was searched (KWCAG 6.4.2 제목 제공): ‘육아휴직’ 검색 결과 12건 | 검색 | ….
  const pageTitle = document.title;
  const setTitle = (prefix: string) => {
    document.title = prefix ? `${prefix} | ${pageTitle}` : pageTitle;
  };
  // Screen readers and the tests wait while results are on their way.
  const busy = (isBusy: boolean) => list.setAttribute('aria-busy', String(isBusy));

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) {
      // Keep the value from the address even before the menu is filled from the index.
      selects[name].append(new Option(value, value));
      selects[name].value = value;
    }
  }

  status.textContent = '검색을 준비하고 있습니다…';
  busy(true);
  try {
    await loadSearch();
  } catch {
    status.textContent = '검색을 불러오지 못했습니다. 잠시 뒤 다시 시도하거나 센터로 전화해 주세요.';
    empty.hidden = false;
    busy(false);
    return;
  }
  const options = await getFilterOptions();
  for (const name of FILTERS) {
    const select = selects[name];
    for (const option of [...select.options]) if (option.value) option.remove();
    const byType = (a: string, b: string) => (TYPE_ORDER.indexOf(a) + 1 || 99) - (TYPE_ORDER.indexOf(b) + 1 || 99);
    const order = name === 'type' ? byType : name === 'year' ? (a: string, b: string) => b.localeCompare(a) : (a: string, b: string) => a.localeCompare(b, 'ko');
    fillFilterMenu(select, options[name] ?? {}, order);
    const wanted = params.get(name);
    if (wanted) select.value = wanted;
  }

  const PAGE_SIZE = 10;
  let limit = PAGE_SIZE;
  let latest = 0;
  async function run({ more = false } = {}) {
    const shownBefore = more ? list.childElementCount : 0;
    limit = more ? limit + PAGE_SIZE : PAGE_SIZE;
    const text = input.value.trim();
    const filters: SearchFilters = Object.fromEntries(FILTERS.map((name) => [name, selects[name].value]));
    const address = new URLSearchParams();
    if (text) address.set('q', text);
    for (const name of FILTERS) if (filters[name]) address.set(name, filters[name]!);
    history.replaceState(null, '', `${location.pathname}${address.size ? `?${address}` : ''}`);

    const ticket = ++latest;
    if (!text) {
      list.replaceChildren();
      moreButton.hidden = true;
      empty.hidden = true;
      status.textContent = '검색어를 입력하세요.';
      setTitle('');
      busy(false);
      return;
    }
    busy(true);
    const outcome = await search(text, filters, limit);
    if (ticket !== latest) return; // a newer search has started
    list.replaceChildren(...outcome.results.map((result) => renderResult(result, outcome.query.highlights)));
    busy(false);
    moreButton.hidden = outcome.results.length >= outcome.total;
    // After "더 보기", keyboard users continue from the first new result.
    if (more) list.children[shownBefore]?.querySelector('a')?.focus();
    const shown = outcome.results.length < outcome.total ? ` (${outcome.results.length}건 표시)` : '';
    // The chosen filters are said too: narrowing is confirmed even when the count stays the same.
    const narrowed = FILTERS.map((name) => filters[name]).filter(Boolean);
    const within = narrowed.length ? ` · ${narrowed.join(', ')}` : '';
    status.textContent = outcome.total ? `‘${text}’ 검색 결과 ${outcome.total}건${shown}${within}` : `‘${text}’${within}에 맞는 결과가 없습니다.`;
    setTitle(outcome.total ? `‘${text}’ 검색 결과 ${outcome.total}건` : `‘${text}’ 검색 결과 없음`);
    empty.hidden = outcome.total > 0;
    if (!outcome.total) {
      const terms = suggestTerms(text, await fetchGlossary(), 6);
      suggestions.replaceChildren(
        ...terms.map((term) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = searchPath(term.term);
          a.textContent = term.term;
          li.append(a);
          return li;
        }),
      );
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(), 250);
  });
  for (const select of Object.values(selects)) select.addEventListener('change', () => run());
  moreButton.addEventListener('click', () => run({ more: true }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  await run();
}
