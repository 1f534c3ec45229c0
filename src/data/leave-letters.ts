/** content/data/leave-letters.yaml through Astro's content layer, for the planner's letters page. */
import { getEntry } from 'astro:content';

export async function getLeaveLetters() {
  const entry = await getEntry('leaveLetters', 'leave-letters');
  if (!entry) throw new Error('content/data/leave-letters.yaml을 읽지 못했습니다.');
  return entry.data;
}
