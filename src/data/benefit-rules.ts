/** content/data/benefit-rules.yaml through Astro's content layer, for pages that hand the rules to an island. */
import { getEntry } from 'astro:content';

/** The rules, plus 기준일 of the whole set: the latest day any entry was checked against its source. */
export async function getBenefitRules() {
  const entry = await getEntry('benefitRules', 'benefit-rules');
  if (!entry) throw new Error('content/data/benefit-rules.yaml을 읽지 못했습니다.');
  const reviewedAt = entry.data.rules.map((rule) => rule.reviewedAt).sort().at(-1) ?? '';
  return { ...entry.data, reviewedAt };
}
