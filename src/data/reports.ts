/** The years whose report is typed in content (content/data/performance-<year>.yaml): their /report/<year>/ is a built page. */
import { getCollection } from 'astro:content';

export async function getTypedReportYears(): Promise<number[]> {
  return (await getCollection('performance')).map((entry) => entry.data.year).sort((a, b) => a - b);
}
