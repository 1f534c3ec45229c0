/**
 * The header search box, once the user focuses it: starts loading Pagefind at once, shows the top
 * results under the box as they type, with a live count for screen readers. ↓ moves into the results,
 * ↑/↓ between them, Esc goes back to the box. Enter still submits the plain form to /search/?q=.
 */
import { loadSearch, search } from './search-engine';
import { renderResult } from './search-render';

export function enhanceHeaderSearch(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input || form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  void loadSearch().catch(() => undefined);

  const panel = document.createElement('div');
  panel.className = 'header-search-panel';
  panel.id = 'header-search-panel';
  panel.hidden = true;
  const status = document.createElement('p');
  status.className = 'header-search-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const list = document.createElement('ol');
  list.className = 'search-results';
  const more = document.createElement('a');
  more.className = 'header-search-more';
  panel.append(list, more);
  // The live region stays in the page even while the panel is closed, so every count is announced.
  form.append(status, panel);
  status.id = 'header-search-status';
  input.setAttribute('aria-controls', panel.id);
  input.setAttribute('aria-describedby', status.id);

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  async function run() {
    const text = input!.value.trim();
    const ticket = ++latest;
    if (!text) {
      close();
      status.textContent = '';
      return;
    }
    const outcome = await search(text, {}, 5);
    if (ticket !== latest) return;
    list.replaceChildren(...outcome.results.map((result) => renderResult(result, outcome.query.highlights, true)));
    more.href = `/search/?q=${encodeURIComponent(text)}`;
    more.textContent = outcome.total ? `‘${text}’ 결과 ${outcome.total}건 모두 보기` : '용어사전과 상담 전화 안내 보기';
    status.textContent = outcome.total ? `검색 결과 ${outcome.total}건. 아래 화살표로 결과로 이동합니다.` : `‘${text}’에 맞는 결과가 없습니다.`;
    panel.hidden = false;
    input!.setAttribute('aria-expanded', 'true');
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !panel.hidden) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape') close();
  });
  panel.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.childElementCount) {
      panel.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  });
  if (input.value.trim()) void run();
}
