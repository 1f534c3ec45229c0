/** The domain glossary (content/data/glossary.yaml), in the order staff wrote it. */
import { getCollection } from 'astro:content';

export async function getGlossary() {
  return (await getCollection('glossary')).map((entry) => entry.data);
}
