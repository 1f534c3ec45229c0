/**
 * The domain glossary (content/data/glossary.yaml), in the order staff wrote it: read straight from the file,
 * because Astro's content store keys entries by id and does not keep a list's order.
 */
import { loadDataFile } from '../loaders/content-files';
import { dataFiles } from '../loaders/content-model';

export async function getGlossary() {
  return loadDataFile(process.cwd(), dataFiles.glossary.file, dataFiles.glossary.schema);
}
