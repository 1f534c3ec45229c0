/**
 * Validates every file under content/ without building the site: `npm run check:content`.
 * Prints one line per problem (file: field: what is wrong, and card text that does not fit: file, card, how many
 * characters to cut) and exits 1 if there is any; then the rules
 * that need a look (benefit-rule-health), as warnings that do not fail.
 */
import path from 'node:path';
import { planSlideJobs } from '../src/cards/render/plan';
import { overflowMessages, renderImages } from '../src/cards/render/render-pool';
import { ruleWarnings } from '../src/lib/benefits/rule-health';
import { ContentErrors } from '../src/loaders/content-errors';
import type { z } from 'zod';
import { loadDataFile, loadMarkdownCollection, type LoadOptions } from '../src/loaders/content-files';
import { dataFiles, markdownCollections } from '../src/loaders/content-model';
import { loadNewsletterIssues } from '../src/loaders/newsletter-check';
import { seoulToday } from '../src/lib/dates/seoul-time';

const root = process.cwd();
const problems: string[] = [];
let files = 0;

function attempt(run: () => number) {
  try {
    files += run();
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    problems.push(...error.errors.map((e) => e.message));
  }
}

for (const { file, schema } of Object.values(dataFiles)) attempt(() => (loadDataFile(root, file, schema), 1));
attempt(() => {
  let count = 0;
  for (const collection of Object.values(markdownCollections(root)) as Omit<LoadOptions<z.ZodType>, 'root'>[]) attempt(() => (count += loadMarkdownCollection({ ...collection, root }).length, 0));
  return count;
});

// Newsletter sections must name card news and programmes that exist; checked once the files themselves are valid.
if (!problems.length) attempt(() => {
  const { errors } = loadNewsletterIssues(root);
  if (errors.length) throw new ContentErrors(errors);
  return 0;
});

// Card text that does not fit its card, measured as the build draws it (same renderer, same cache in .cache/cards).
if (!problems.length) {
  const result = await renderImages(planSlideJobs(root), { root, cacheDir: path.join(root, '.cache/cards'), label: '카드 글 맞춤 검사', log: null });
  problems.push(...overflowMessages(result.overflows));
}

if (!problems.length) {
  const { rules } = loadDataFile(root, dataFiles.benefitRules.file, dataFiles.benefitRules.schema);
  const warnings = ruleWarnings(rules, seoulToday(new Date(), process.env.SITE_TODAY));
  if (warnings.length) console.warn(`규칙 점검: 살펴볼 것 ${warnings.length}건 (빌드는 계속됩니다)\n${warnings.join('\n')}`);
}

if (problems.length) {
  console.error(`콘텐츠 검사: 문제 ${problems.length}건\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`콘텐츠 검사: 파일 ${files}개 이상 없음`);
