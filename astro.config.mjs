// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import node from '@astrojs/node';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import cardImages from './src/integrations/card-images';
import adminApp from './src/integrations/cms-bundle';
import pagefind from './src/integrations/search-index';
import ruleWarnings from './src/integrations/rule-warnings.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { safeMarkdown } from './src/lib/html/safe-markdown.ts';
import { tableCaptions } from './src/lib/html/table-captions.ts';

// The public address lives in content/data/site.yaml, so staff can change it in the CMS.
const { url: site } = parse(readFileSync(new URL('./content/data/site.yaml', import.meta.url), 'utf8'));

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Public pages are prerendered as before; only the service routes (counselling, sign-ups, subscriptions, /staff)
  // opt out with `export const prerender = false` and are rendered on demand by the Node server.
  adapter: node({ mode: 'standalone' }),
  // The service keeps all its state in the database (src/server/), never in one server's memory or disk.
  session: false,
  // src/middleware.ts refuses cross-site form posts itself, by the same rule, so that RFC 8058 one-click
  // unsubscribe (a POST from the mail provider, without an Origin) can reach its one route.
  security: { checkOrigin: false },
  integrations: [
    react(),
    ruleWarnings(),
    adminApp(),
    cardImages(),
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin') }),
    pagefind(),
  ],
  // Raw HTML and javascript: links are dropped from Markdown (src/lib/html/safe-markdown.ts; docs/architecture.md,
  // "Markdown and HTML policy"); every table gets a caption (src/lib/html/table-captions.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [safeMarkdown({ siteHost: new URL(site).host }), tableCaptions()] }) },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths gives a cacheKey (src/data/page-cache.ts) are reused from the last build when
  // neither their code nor their data changed. `npm run build -- --force` renders everything.
  experimental: { incrementalBuild: true },
  server: { host: '127.0.0.1' },
});
