/**
 * `npm run build`: never leaves a half-built site. Astro builds into a temporary folder next to
 * dist/; the Content-Security-Policy and rel="noopener" are added to every page; only then does the new folder replace
 * dist/. If anything fails, dist/ keeps the last good site and the temporary folder is removed.
 *
 * Extra arguments go to `astro build`. BUILD_OUT_DIR changes the final folder (the benchmark uses it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { policyFor, withCspMeta } from '../src/lib/content-security-policy';
import { loadDataFile } from '../src/lib/content-files';
import { withNoopener } from '../src/lib/external-links';
import { dataFiles } from '../src/lib/content-model';

const root = process.cwd();
const finalDir = path.resolve(root, process.env.BUILD_OUT_DIR ?? 'dist');
const workDir = path.join(root, '.cache', 'build');
const tempDir = path.join(workDir, `new-${process.pid}`);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** `dist/guide/a/index.html` → `/guide/a/`: the path the page is served at. */
function pagePath(outDir: string, file: string): string {
  const relative = path.relative(outDir, file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Safety that every page gets whoever wrote its template: the CSP meta and rel="noopener". */
function secureHtml(outDir: string) {
  const site = loadDataFile(root, dataFiles.site.file, dataFiles.site.schema);
  const siteHost = new URL(site.url).host;
  const formOrigins = site.newsletter.subscribeUrl ? [new URL(site.newsletter.subscribeUrl).origin] : [];
  for (const file of htmlFiles(outDir)) {
    const html = withNoopener(readFileSync(file, 'utf8'), siteHost);
    writeFileSync(file, withCspMeta(html, policyFor(pagePath(outDir, file), html, { formOrigins })));
  }
}

/** Swaps the finished build in: two renames on the same disk, so dist/ is never half-written. */
function replaceFinalDir() {
  const oldDir = path.join(workDir, `old-${process.pid}`);
  if (existsSync(finalDir)) renameSync(finalDir, oldDir);
  renameSync(tempDir, finalDir);
  rmSync(oldDir, { recursive: true, force: true });
}

mkdirSync(workDir, { recursive: true });
const astro = spawnSync('astro', ['build', '--outDir', tempDir, ...process.argv.slice(2)], { stdio: 'inherit' });
try {
  if (astro.status !== 0) {
    console.error(`빌드가 실패해 ${path.relative(root, finalDir) || '.'}/는 이전 상태 그대로 두었습니다.`);
    process.exitCode = astro.status ?? 1;
  } else {
    secureHtml(tempDir);
    replaceFinalDir();
  }
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}
