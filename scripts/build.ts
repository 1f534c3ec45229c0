/**
 * `npm run build`: never leaves a half-built site. Astro builds into a temporary folder next to
 * dist/; the site's font subsets, rel="noopener" and the Content-Security-Policy are added to every
 * page (src/build/finish-pages.ts); only then does the new folder replace
 * dist/. If anything fails, dist/ keeps the last good site and the temporary folder is removed.
 *
 * Unchanged pages are copied from Astro's incremental cache (astro.config.mjs); `--force` renders all.
 * Extra arguments go to `astro build`. BUILD_OUT_DIR changes the final folder (the benchmark uses it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { staticDirOf } from '../src/build/built-pages';
import { finishPages } from '../src/build/finish-pages';

const root = process.cwd();
const finalDir = path.resolve(root, process.env.BUILD_OUT_DIR ?? 'dist');
const workDir = path.join(root, '.cache', 'build');
const tempDir = path.join(workDir, `new-${process.pid}`);
// Astro's record of the last build's pages (experimental.incrementalBuild, default cacheDir).
const incrementalManifest = path.join(root, 'node_modules', '.astro', 'incremental-build.json');

/** Swaps the finished build in: two renames on the same disk, so dist/ is never half-written. */
function replaceFinalDir() {
  const oldDir = path.join(workDir, `old-${process.pid}`);
  if (existsSync(finalDir)) renameSync(finalDir, oldDir);
  renameSync(tempDir, finalDir);
  rmSync(oldDir, { recursive: true, force: true });
}

/** Leftovers of builds that were killed before they could clean up (their process is gone). */
function removeAbandonedBuilds() {
  for (const name of readdirSync(workDir)) {
    const pid = Number(/^(?:new|old)-(\d+)$/.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') rmSync(path.join(workDir, name), { recursive: true, force: true });
    }
  }
}

mkdirSync(workDir, { recursive: true });
removeAbandonedBuilds();
/**
 * The environment of the Astro build: always production, whatever runs it. A test runner such as Vitest sets
 * NODE_ENV=test and copies import.meta.env into process.env (DEV=1, MODE=test…); pages would then see
 * DEV as true while rendering, and Vite would keep development-only code such as React's development JSX.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete env[name];
  return env;
}

const astro = spawnSync('astro', ['build', '--outDir', tempDir, ...process.argv.slice(2)], { stdio: 'inherit', env: buildEnvironment() });
try {
  if (astro.status !== 0) {
    console.error(`빌드가 실패해 ${path.relative(root, finalDir) || '.'}/는 이전 상태 그대로 두었습니다.`);
    // A failed build may have stored some new pages under the old record; the next build renders everything.
    rmSync(incrementalManifest, { force: true });
    process.exitCode = astro.status ?? 1;
  } else {
    await finishPages(root, staticDirOf(tempDir));
    replaceFinalDir();
  }
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}
