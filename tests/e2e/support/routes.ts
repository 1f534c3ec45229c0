/** The built site's routes, read from the build, so tests cover every page without a hand-kept list. */
import { builtHtmlFiles, urlPathOf } from './built-site';

/** Every HTML page of the build as a URL path (`/about/`), except /admin and files such as 404.html. */
export function builtRoutes(): string[] {
  return builtHtmlFiles()
    .map((file) => urlPathOf(file))
    .filter((route) => route.endsWith('/') && !route.startsWith('/admin/'))
    .sort();
}

/**
 * One route per page template: `/card-news/<slug>/` and `/programs/<yyyy>/<mm>/` each count once.
 * Segments that are numbers and segments that are slugs are told apart, so `/programs/archive/2021/`
 * and `/programs/2026/12/` are different templates.
 */
export function oneRoutePerTemplate(routes: string[]): string[] {
  const byTemplate = new Map<string, string>();
  for (const route of routes) {
    const segments = route.split('/').filter(Boolean);
    const key = segments.map((s, i) => (i === 0 ? s : /^\d+$/.test(s) ? '#' : '*')).join('/');
    if (!byTemplate.has(key)) byTemplate.set(key, route);
  }
  return [...byTemplate.values()];
}
