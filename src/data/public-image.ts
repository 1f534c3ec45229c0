/** Width and height of an image under public/ (e.g. a CMS upload), so <img> reserves its space and the page does not jump. */
import { imageMetadata } from 'astro/assets/utils';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export async function publicImageSize(src: string): Promise<{ width: number; height: number }> {
  const file = path.join(process.cwd(), 'public', decodeURI(src));
  const { width, height } = await imageMetadata(new Uint8Array(await readFile(file)), src);
  return { width, height };
}
