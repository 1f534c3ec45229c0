/** The built site's routes, read from dist/, so tests cover every page without a hand-kept list. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const DIST = path.resolve('dist');

/** Every HTML page in dist/ as a URL path (`/about/`), except /admin and the 404 page. */
export function builtRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') routes.push(`/${path.relative(DIST, dir).split(path.sep).join('/')}/`.replace(/\/+/g, '/'));
    }
  };
  walk(DIST);
  return routes.filter((route) => !route.startsWith('/admin/')).sort();
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
