/**
 * `npm run bench:cards`: 100 synthetic issues × 6 cards through the real renderer (Satori → resvg, worker threads,
 * cache). Cold with 1 worker, cold with every core, warm (no change), and after editing one issue.
 * Prints a Markdown table for BENCHMARKS.md. Uses a temporary cache, never .cache/cards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import type { Slide } from '../../src/schemas/card-news';
import { slideJobsFor, type IssueSource } from '../../src/cards/jobs';
import { loadCardSite } from '../../src/cards/render/plan';
import { renderImages, type RenderResult } from '../../src/cards/render/render-pool';

const ISSUES = 100;
const root = process.cwd();
const site = loadCardSite(root);

const sentences = [
  '임신 중 근로시간 단축은 하루 2시간까지 신청할 수 있습니다.',
  '출산전후휴가 90일 가운데 45일 이상은 출산 뒤에 써야 합니다.',
  '육아휴직은 자녀가 만 8세 이하이거나 초등학교 2학년 이하일 때 쓸 수 있습니다.',
  '회사는 육아휴직을 이유로 해고하거나 불리하게 대우할 수 없습니다.',
  '배우자 출산휴가는 20일이고 출산한 날부터 120일 안에 써야 합니다.',
  '상담은 무료이고 전화, 방문, 온라인으로 받을 수 있습니다.',
];

/** Deterministic "random" texts, so every run draws the same 600 cards. */
function synthetic(index: number, edit = ''): IssueSource {
  const pick = (n: number) => sentences[(index * 7 + n) % sentences.length];
  const slides: Slide[] = [
    { kind: 'cover', title: `${index + 1}번째 카드뉴스: 꼭 알아 둘 제도${edit}`, subtitle: pick(0).slice(0, 30) },
    { kind: 'text', heading: `알아 두세요 ${index + 1}`, body: `${pick(1)} ${pick(2)}`.slice(0, 110) },
    { kind: 'list', heading: '신청 전에 확인하세요', ordered: index % 2 === 0, items: [0, 1, 2, 3].map((n) => pick(n).slice(0, 24)) },
    { kind: 'qa', question: `${pick(3).slice(0, 30)} 정말인가요?`, answer: `${pick(4)} ${pick(5)}`.slice(0, 110) },
    { kind: 'text', heading: '이럴 땐 이렇게', body: `${pick(5)} ${pick(0)}`.slice(0, 100) },
    { kind: 'closing', heading: '혼자 고민하지 마세요', body: pick(5) },
  ];
  return { slug: `bench-${index}`, file: `bench/${index}.md`, data: { title: `벤치마크 ${index}${edit}`, category: '모성보호', date: '2026-11-24', draft: false, slides } };
}

const jobs = (edited?: number) => slideJobsFor(Array.from({ length: ISSUES }, (_, i) => synthetic(i, i === edited ? ' (수정)' : '')), site);

async function run(name: string, cacheDir: string, workers: number, edited?: number): Promise<{ name: string; workers: number; result: RenderResult }> {
  const result = await renderImages(jobs(edited), { root, cacheDir, workers, label: name });
  return { name, workers: result.rendered ? result.workers : 0, result };
}

const caches = [mkdtempSync(path.join(tmpdir(), 'bench-cards-1-')), mkdtempSync(path.join(tmpdir(), 'bench-cards-n-'))];
try {
  const cores = availableParallelism();
  const rows = [
    await run('cold, 1 worker', caches[0], 1),
    await run(`cold, ${cores} workers`, caches[1], cores),
    await run('warm (no change)', caches[1], cores),
    await run('one issue edited', caches[1], cores, 42),
  ];
  const rate = (r: RenderResult) => (r.rendered ? (r.rendered * 1000) / r.elapsedMs : 0);
  const speedup = rate(rows[1].result) / rate(rows[0].result);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`\nMachine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cores} cores, Node ${process.version}\n`);
  console.log('| run | images | drawn | from cache | time | images/s |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const { name, result } of rows) {
    console.log(`| ${name} | ${result.total} | ${result.rendered} | ${result.cached} | ${(result.elapsedMs / 1000).toFixed(1)} s | ${result.rendered ? rate(result).toFixed(1) : '–'} |`);
  }
  console.log(`\nParallel speed-up: ${speedup.toFixed(2)}× (${cores} workers vs 1). Peak memory (max RSS, whole process incl. workers): ${peakMb.toFixed(0)} MB.`);
  const problems = [
    rows[2].result.rendered !== 0 && `warm run drew ${rows[2].result.rendered} images (expected 0)`,
    rows[3].result.rendered !== 6 && `one-issue edit drew ${rows[3].result.rendered} images (expected 6)`,
    peakMb >= 1536 && `peak memory ${peakMb.toFixed(0)} MB is over 1.5 GB`,
    cores >= 2 && speedup < 1.6 && `parallel speed-up ${speedup.toFixed(2)}× is under 1.6×`,
  ].filter(Boolean);
  if (problems.length) {
    console.error(`\nBenchmark targets missed: ${problems.join('; ')}.`);
    process.exitCode = 1;
  }
} finally {
  for (const dir of caches) rmSync(dir, { recursive: true, force: true });
}
