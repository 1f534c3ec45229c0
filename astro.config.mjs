// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// The public address lives in content/data/site.yaml, so staff can change it in the CMS.
const { url: site } = parse(readFileSync(new URL('./content/data/site.yaml', import.meta.url), 'utf8'));

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    react(),
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin') }),
  ],
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
