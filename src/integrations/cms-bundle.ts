/**
 * Builds Decap CMS for /admin (src/cms/bundle-entry.ts) apart from the site's own bundle, and keeps it in
 * .cache/admin/<key>/ until the code it could contain changes. Bundling Decap takes seconds and most builds
 * only change content, so most builds just link the cached files into dist/admin/app/<key>/.
 *
 * The key hashes every file under src/ and the installed packages' lockfile; the bundle's URL carries the
 * key, so a browser never runs an old bundle. `astro dev` does not use any of this: there the island
 * imports src/cms/bundle-entry.ts through Vite.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, version as viteVersion } from 'vite';
import { cmsBundlePath } from '../lib/urls';
import { replaceCacheEntry } from '../build/atomic-files';
import { filesUnder, hashFiles } from '../build/file-digest';
import { linkTree } from '../build/hard-links';

const ENTRY = 'src/cms/bundle-entry.ts';
const ENTRY_FILE = 'admin-app.js';
/** Everything the bundle can be made of, besides the packages (covered by the lockfile). */
const SOURCE_DIR = 'src';
const LOCKFILES = ['package-lock.json', 'package.json'];

/** Changes whenever a source file, the lockfile or the bundler changes. */
function adminAppKey(root: string): string {
  const files = [...filesUnder(root, SOURCE_DIR), ...LOCKFILES.filter((file) => existsSync(path.join(root, file)))];
  return hashFiles(createHash('sha256').update(viteVersion), root, files).digest('hex').slice(0, 16);
}

/** The URL path of the bundle's entry for a key. */
function adminAppUrl(key: string): string {
  return cmsBundlePath(key, ENTRY_FILE);
}

/** Bundles the CMS into cacheDir/<key>/ unless it is there already; returns that folder. */
async function ensureAdminApp(root: string, cacheDir: string, key: string, log: (message: string) => void): Promise<string> {
  const target = path.join(cacheDir, key);
  if (existsSync(path.join(target, ENTRY_FILE))) return target;
  const startedAt = Date.now();
  // Older bundles are of no use once this one exists.
  await replaceCacheEntry(cacheDir, key, (outDir) => build({
    configFile: false,
    root,
    base: path.posix.dirname(adminAppUrl(key)) + '/',
    publicDir: false,
    // Only errors: the site's stylesheets name fonts under public/ that the bundle rightly leaves alone,
    // and Vite would warn about each of them.
    logLevel: 'error',
    // A production bundle whatever NODE_ENV the calling process has (Vitest sets it to "test"): React's
    // production build, and JSX compiled for it (the development JSX runtime does not exist there).
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
    build: {
      outDir,
      emptyOutDir: true,
      // Decap is one large application; splitting it would only add requests.
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: { input: path.join(root, ENTRY), preserveEntrySignatures: 'strict', output: { entryFileNames: ENTRY_FILE } },
    },
  }));
  log(`관리 화면(Decap CMS) 번들을 새로 만들었습니다: ${((Date.now() - startedAt) / 1000).toFixed(1)}초`);
  return target;
}

export default function adminApp(): AstroIntegration {
  let root = process.cwd();
  let key = '';
  const cacheDir = () => path.join(root, '.cache', 'admin');
  return {
    name: 'centre-cms-bundle',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        root = fileURLToPath(config.root);
        // Only builds hash the sources; `astro dev` serves src/cms/bundle-entry.ts through Vite, so its URL is empty.
        key = command === 'build' ? adminAppKey(root) : '';
        updateConfig({ vite: { define: { 'import.meta.env.ADMIN_APP_URL': JSON.stringify(key ? adminAppUrl(key) : '') } } });
      },
      'astro:build:start': async ({ logger }) => {
        await ensureAdminApp(root, cacheDir(), key, (message) => logger.info(message));
      },
      'astro:build:done': ({ dir }) => {
        linkTree(path.join(cacheDir(), key), path.join(fileURLToPath(dir), path.posix.dirname(adminAppUrl(key))));
      },
    },
  };
}
