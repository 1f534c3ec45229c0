/** content/data/benefit-rules.yaml through Astro's content layer, for pages that hand the rules to an island. */
import { getEntry } from 'astro:content';

export async function getBenefitRules() {
  const entry = await getEntry('benefitRules', 'benefit-rules');
  if (!entry) throw new Error('content/data/benefit-rules.yaml을 읽지 못했습니다.');
  return entry.data;
}
